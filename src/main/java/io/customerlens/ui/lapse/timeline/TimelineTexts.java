package io.customerlens.ui.lapse.timeline;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.ui.common.Messages;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The words of the lapse timeline: tooltip lines and cell-kind names, all from the bundles. */
final class TimelineTexts {

    private final Messages messages;

    TimelineTexts(Messages messages) {
        this.messages = messages;
    }

    /** yyyy-MM in every language, like the app's ISO dates: unambiguous for any reader. */
    static String month(int monthIndex) {
        YearMonth month = MonthIndex.toYearMonth(monthIndex);
        return "%04d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    String kind(TimelineCell.CellKind kind) {
        return messages.get(switch (kind) {
            case OUTSIDE -> "lapse.timeline.kind.outside";
            case BOUGHT -> "lapse.timeline.kind.bought";
            case NO_PURCHASE -> "lapse.timeline.kind.noPurchase";
            case LAPSE -> "lapse.timeline.kind.lapse";
        });
    }

    /** The tooltip of one customer-month: who, when, what happened, the net amount, and the gap length. */
    String tooltip(TimelineModel model, int row, int month) {
        TimelineCell cell = model.cell(row, month);
        List<String> lines = new ArrayList<>();
        lines.add(model.rowLabel(row));
        lines.add(messages.format("lapse.timeline.tooltip.month", month(month), kind(cell.kind())));
        if (cell.kind() != TimelineCell.CellKind.OUTSIDE) {
            lines.add(messages.format("lapse.timeline.tooltip.net", messages.amount(cell.netAmount())));
        }
        if (cell.gapMonths() > 0) {
            lines.add(messages.format("lapse.timeline.tooltip.gap", cell.gapMonths()));
        }
        if (month == model.asOfMonth()) {
            lines.add(messages.get("lapse.timeline.tooltip.asOf"));
        }
        return String.join("\n", lines);
    }
}
