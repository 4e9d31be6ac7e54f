package io.customerlens.ui.sales;

import io.customerlens.analysis.products.ShareRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;
import javafx.scene.control.TableColumn;

import java.time.YearMonth;
import java.util.List;

/** The columns of Home's structure and anomaly tables, each header with a tooltip on what it counts. */
final class SalesTables {

    private final Messages messages;
    private final ReadingFormat ratios;
    private final SalesCharts names;

    SalesTables(Messages messages) {
        this.messages = messages;
        this.ratios = new ReadingFormat(messages.locale());
        this.names = new SalesCharts(messages);
    }

    List<TableColumn<ShareRow, ?>> structureColumns() {
        ColumnFactory<ShareRow> columns = new ColumnFactory<>(messages, "sales-structure-column-");
        return List.of(
                columns.text("value", "sales.home.column.value", "sales.home.column.value.tip", 170, names::valueName),
                columns.number("current", "sales.home.column.current", "sales.home.column.current.tip", 115,
                        ShareRow::currentSales, messages::amount),
                columns.number("share", "sales.home.column.share", "sales.home.column.share.tip", 75,
                        ShareRow::currentShare, ratios::percent),
                columns.number("previousShare", "sales.home.column.previousShare",
                        "sales.home.column.previousShare.tip", 100, ShareRow::previousShare, ratios::percent),
                columns.number("change", "sales.home.column.change", "sales.home.column.change.tip", 90,
                        ShareRow::shareChange, ratios::points));
    }

    List<TableColumn<AnomalyLine, ?>> anomalyColumns() {
        ColumnFactory<AnomalyLine> columns = new ColumnFactory<>(messages, "sales-anomaly-column-");
        return List.of(
                columns.number("month", "sales.home.column.month", "sales.home.column.month.tip", 80,
                        AnomalyLine::month, YearMonth::toString),
                columns.number("actual", "sales.home.column.actual", "sales.home.column.actual.tip", 110,
                        AnomalyLine::actual, messages::amount),
                columns.number("expected", "sales.home.column.expected", "sales.home.column.expected.tip", 110,
                        AnomalyLine::expected, messages::amount),
                columns.number("departure", "sales.home.column.departure", "sales.home.column.departure.tip", 85,
                        AnomalyLine::departure, ratios::growth),
                columns.text("customers", "sales.home.column.customers", "sales.home.column.customers.tip", 300,
                        AnomalyLine::customers),
                columns.text("products", "sales.home.column.products", "sales.home.column.products.tip", 300,
                        AnomalyLine::products));
    }
}
