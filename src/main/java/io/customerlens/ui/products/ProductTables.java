package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;
import javafx.scene.control.TableColumn;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/** The columns of the Products page's tables, each header with a tooltip on what it counts. */
final class ProductTables {

    /** New units sort above every growth, as the matrix counts them: high growth. */
    private static final BigDecimal NEW_UNIT = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Messages messages;
    private final ReadingFormat ratios;
    private final UnitNames unitNames;
    private final NumberFormat multiple;

    ProductTables(Messages messages) {
        this.messages = messages;
        this.ratios = new ReadingFormat(messages.locale());
        this.unitNames = new UnitNames(messages);
        this.multiple = NumberFormat.getNumberInstance(messages.locale());
        multiple.setMinimumFractionDigits(2);
        multiple.setMaximumFractionDigits(2);
    }

    List<TableColumn<BcgRow, ?>> unitColumns() {
        ColumnFactory<BcgRow> columns = new ColumnFactory<>(messages, "products-unit-column-");
        return List.of(
                columns.text("unit", "products.view.column.unit", "products.view.column.unit.tip", 170, unitNames::cell),
                columns.text("quadrant", "products.view.column.quadrant", "products.view.column.quadrant.tip", 112,
                        row -> messages.get(row.quadrant().messageKey())),
                columns.number("current", "products.view.column.current", "products.view.column.current.tip", 108,
                        BcgRow::currentSales, messages::amount),
                columns.number("previous", "products.view.column.previous", "products.view.column.previous.tip", 120,
                        BcgRow::previousSales, messages::amount),
                columns.number("growth", "products.view.column.growth", "products.view.column.growth.tip", 78,
                        row -> row.isNew() ? NEW_UNIT : row.growth(),
                        value -> value.compareTo(NEW_UNIT) == 0 ? messages.get("products.view.new") : ratios.growth(value)),
                columns.number("share", "products.view.column.share", "products.view.column.share.tip", 70,
                        BcgRow::salesShare, ratios::percent),
                columns.number("relative", "products.view.column.relative", "products.view.column.relative.tip", 96,
                        BcgRow::relativeShare, value -> multiple.format(value) + "×"),
                columns.number("margin", "products.view.column.margin", "products.view.column.margin.tip", 100,
                        BcgRow::margin, messages::amount),
                columns.number("marginRate", "products.view.column.marginRate", "products.view.column.marginRate.tip",
                        75, BcgRow::marginRate, ratios::percent));
    }

    List<TableColumn<BcgRow, ?>> discontinuedColumns() {
        ColumnFactory<BcgRow> columns = new ColumnFactory<>(messages, "products-discontinued-column-");
        return List.of(
                columns.text("unit", "products.view.column.unit", "products.view.column.unit.tip", 200, unitNames::cell),
                columns.number("previous", "products.view.column.previous", "products.view.column.previous.tip", 120,
                        BcgRow::previousSales, messages::amount),
                columns.number("current", "products.view.column.current", "products.view.column.current.tip", 120,
                        BcgRow::currentSales, messages::amount));
    }

    List<TableColumn<UnitCustomer, ?>> customerColumns() {
        ColumnFactory<UnitCustomer> columns = new ColumnFactory<>(messages, "products-customer-column-");
        return List.of(
                columns.text("key", "products.view.column.customerKey", "products.view.column.customerKey.tip", 95,
                        UnitCustomer::customerKey),
                columns.text("name", "products.view.column.customerName", "products.view.column.customerName.tip", 170,
                        UnitCustomer::name),
                columns.number("current", "products.view.column.customerCurrent",
                        "products.view.column.customerCurrent.tip", 110, UnitCustomer::currentSales, messages::amount),
                columns.number("previous", "products.view.column.customerPrevious",
                        "products.view.column.customerPrevious.tip", 110, UnitCustomer::previousSales, messages::amount));
    }

    List<TableColumn<StoppedCustomer, ?>> stoppedColumns() {
        ColumnFactory<StoppedCustomer> columns = new ColumnFactory<>(messages, "products-stopped-column-");
        return List.of(
                columns.text("key", "products.view.column.customerKey", "products.view.column.customerKey.tip", 95,
                        StoppedCustomer::customerKey),
                columns.text("name", "products.view.column.customerName", "products.view.column.customerName.tip", 170,
                        StoppedCustomer::name),
                columns.date("last", "products.stopped.column.last", "products.stopped.column.last.tip",
                        StoppedCustomer::lastPurchase),
                columns.number("months", "products.stopped.column.months", "products.stopped.column.months.tip", 80,
                        StoppedCustomer::monthsBought, months -> messages.count(months)),
                columns.number("before", "products.stopped.column.before", "products.stopped.column.before.tip", 110,
                        StoppedCustomer::netBefore, messages::amount),
                columns.number("other", "products.stopped.column.other", "products.stopped.column.other.tip", 120,
                        StoppedCustomer::otherRecentNet, messages::amount),
                columns.date("latest", "products.stopped.column.latest", "products.stopped.column.latest.tip",
                        StoppedCustomer::latestPurchase));
    }
}
