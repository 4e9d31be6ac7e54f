package io.customerlens.ui.lapse;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.TableColumn;

import java.util.List;

/** Columns of the lapse-by-attribute table. */
final class BreakdownColumns {

    private final Messages messages;
    private final LapseChartData chartData;
    private final ColumnFactory<BreakdownRow> columns;
    private final ReadingFormat reading;

    BreakdownColumns(Messages messages, LapseChartData chartData) {
        this.messages = messages;
        this.chartData = chartData;
        this.columns = new ColumnFactory<>(messages, "lapse-breakdown-column-");
        this.reading = new ReadingFormat(messages.locale());
    }

    List<TableColumn<BreakdownRow, ?>> all() {
        return List.of(
                columns.text("value", "lapse.breakdown.value", "lapse.breakdown.value.tip", 140, chartData::valueLabel),
                columns.number("customers", "lapse.breakdown.customers", "lapse.breakdown.customers.tip", 80,
                        BreakdownRow::customers, messages::count),
                columns.number("lapsed", "lapse.breakdown.lapsed", "lapse.breakdown.lapsed.tip", 80,
                        BreakdownRow::lapsed, messages::count),
                columns.number("share", "lapse.breakdown.share", "lapse.breakdown.share.tip", 90,
                        BreakdownRow::shareOfLapsed, reading::percent),
                columns.number("rate", "lapse.breakdown.rate", "lapse.breakdown.rate.tip", 90,
                        BreakdownRow::lapseRate, reading::percent),
                columns.number("lost", "lapse.breakdown.lost", "lapse.breakdown.lost.tip", 120,
                        BreakdownRow::lostMonthly, messages::amount));
    }
}
