package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.ReasonStat;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.TableColumn;

import java.util.List;

/** The columns of the effect panel's tables: win-back figures per group, and the reason statistics. */
final class EffectColumns {

    private final Messages messages;
    private final FollowUpTexts texts;

    EffectColumns(FollowUpTexts texts) {
        this.messages = texts.messages();
        this.texts = texts;
    }

    List<TableColumn<EffectGroupRow, ?>> groups() {
        ColumnFactory<EffectGroupRow> columns = new ColumnFactory<>(messages, "followups-effect-column-");
        return List.of(
                columns.text("group", "followupsView.effect.column.group", "followupsView.effect.column.group.tip", 160,
                        EffectGroupRow::name),
                columns.number("contacts", "followupsView.effect.column.contacts",
                        "followupsView.effect.column.contacts.tip", 80, row -> row.row().figures().customers(),
                        messages::count),
                columns.number("wonBack", "followupsView.effect.column.wonBack",
                        "followupsView.effect.column.wonBack.tip", 80, row -> row.row().figures().wonBack(),
                        messages::count),
                columns.number("pending", "followupsView.effect.column.pending",
                        "followupsView.effect.column.pending.tip", 80, row -> row.row().figures().pending(),
                        messages::count),
                columns.number("rate", "followupsView.effect.column.rate", "followupsView.effect.column.rate.tip", 80,
                        row -> row.row().figures().rate(), texts::rate),
                columns.number("comparisonRate", "followupsView.effect.column.comparisonRate",
                        "followupsView.effect.column.comparisonRate.tip", 95, row -> row.row().comparisonRate(),
                        texts::rate),
                columns.number("uplift", "followupsView.effect.column.uplift",
                        "followupsView.effect.column.uplift.tip", 110, row -> row.row().uplift(), texts::upliftFigure),
                columns.number("recovered", "followupsView.effect.column.recovered",
                        "followupsView.effect.column.recovered.tip", 110, row -> row.row().figures().recovered(),
                        messages::amount),
                columns.number("medianDays", "followupsView.effect.column.medianDays",
                        "followupsView.effect.column.medianDays.tip", 125,
                        row -> row.row().figures().medianDaysToReorder(), texts::days));
    }

    List<TableColumn<ReasonStat, ?>> reasons() {
        ColumnFactory<ReasonStat> columns = new ColumnFactory<>(messages, "followups-reason-column-");
        return List.of(
                columns.text("reason", "followupsView.reasons.column.reason", "followupsView.reasons.column.reason.tip",
                        160, stat -> messages.get(FollowUpLabels.outcome(stat.reason()))),
                columns.number("customers", "followupsView.reasons.column.customers",
                        "followupsView.reasons.column.customers.tip", 90, ReasonStat::customers, messages::count),
                columns.number("lostAmount", "followupsView.reasons.column.lostAmount",
                        "followupsView.reasons.column.lostAmount.tip", 185, ReasonStat::lostAmount, messages::amount));
    }
}
