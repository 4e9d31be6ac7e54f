package io.customerlens.ui.lapse;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.report.RiskWords;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TableExport;
import javafx.scene.control.TableColumn;

import java.util.List;

/** The columns of the lapsed and at-risk customer list, each with a tooltip on what it means. */
final class LapseColumns {

    private final Messages messages;
    private final ColumnFactory<LapseRow> columns;
    /** Intervals read in whole days, as every other count of days (issue 16: not "7.0 days"). */
    private final ReadingFormat reading;
    private final RiskWords riskWords;

    LapseColumns(Messages messages) {
        this.messages = messages;
        this.columns = new ColumnFactory<>(messages, "lapse-column-");
        this.riskWords = new RiskWords(messages.bundleTexts());
        this.reading = new ReadingFormat(messages.locale());
    }

    List<TableColumn<LapseRow, ?>> all() {
        return List.of(
                columns.text("name", "lapse.column.name", "lapse.column.name.tip", 200, LapseRow::displayName),
                status(),
                columns.number("lapseChance", "lapse.column.lapseChance", "lapse.column.lapseChance.tip", 150,
                        row -> row.risk().known() ? row.risk().probability() : null, riskWords::probability),
                columns.number("valueAtRisk", "lapse.column.valueAtRisk", "lapse.column.valueAtRisk.tip", 130,
                        LapseRow::valueAtRisk, messages::amount),
                columns.sentence("reasons", "lapse.column.reasons", "lapse.column.reasons.tip", 320,
                        row -> riskWords.reasons(row.risk())),
                columns.date("lastPurchase", "lapse.column.lastPurchase", "lapse.column.lastPurchase.tip",
                        row -> row.lapse().lastPurchase()),
                columns.number("idleMonths", "lapse.column.idleMonths", "lapse.column.idleMonths.tip", 120,
                        row -> (long) row.lapse().idleMonths(), messages::count),
                columns.number("daysSinceLast", "lapse.column.daysSinceLast", "lapse.column.daysSinceLast.tip", 90,
                        row -> row.lapse().daysSinceLast(), messages::count),
                columns.number("typicalInterval", "lapse.column.typicalInterval", "lapse.column.typicalInterval.tip",
                        150, row -> row.lapse().cadence().typicalDays(), reading::wholeDays),
                columns.date("nextDue", "lapse.column.nextDue", "lapse.column.nextDue.tip",
                        row -> row.lapse().nextDue().orElse(null)),
                columns.number("overdueDays", "lapse.column.overdueDays", "lapse.column.overdueDays.tip", 110,
                        row -> row.lapse().overdueDays().isPresent() ? row.lapse().overdueDays().getAsLong() : null,
                        messages::count),
                columns.number("value12m", "lapse.column.value12m", "lapse.column.value12m.tip", 130,
                        LapseRow::value12m, messages::amount),
                columns.number("monthlyAtStake", "lapse.column.monthlyAtStake", "lapse.column.monthlyAtStake.tip",
                        180, row -> row.lapse().monthlyAmountAtStake(), messages::amount),
                columns.text("type", "customers.column.type", "customers.column.type.tip", 75, row -> row.info().type()),
                columns.text("region", "customers.column.region", "customers.column.region.tip", 75,
                        row -> row.info().region()),
                columns.text("channel", "customers.column.channel", "customers.column.channel.tip", 75,
                        row -> row.info().channel()),
                columns.text("salesperson", "customers.column.salesperson", "customers.column.salesperson.tip", 80,
                        row -> row.info().salesperson()),
                columns.text("key", "customers.column.key", "customers.column.key.tip", 110, LapseRow::key));
    }

    private TableColumn<LapseRow, RiskLevel> status() {
        TableColumn<LapseRow, RiskLevel> column = columns.number("status", "lapse.column.status",
                "lapse.column.status.tip", 90, row -> row.lapse().risk(), this::riskText);
        TableExport.exportAs(column, this::riskText);
        return column;
    }

    String riskText(RiskLevel level) {
        return messages.get(level.messageKey());
    }
}
