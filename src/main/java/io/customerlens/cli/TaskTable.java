package io.customerlens.cli;

import io.customerlens.report.RiskWords;
import io.customerlens.analysis.followups.PlannedTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.service.followups.GenerationPreview;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Prints planned tasks as a plain text table, columns padded by display width (a hanzi takes two cells). */
final class TaskTable {

    private static final String GAP = "  ";

    private final MessageBundle messages;

    TaskTable(MessageBundle messages) {
        this.messages = messages;
    }

    void print(PrintWriter out, GenerationPreview preview) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.format("cli.tasks.column.rank"), messages.format("cli.tasks.column.due"),
                messages.format("cli.tasks.column.priority"), messages.format("cli.tasks.column.customer"),
                messages.format("cli.tasks.column.name"), messages.format("cli.tasks.column.reason"),
                messages.format(preview.rankedByValueAtRisk() ? "cli.tasks.column.valueAtRisk" : "cli.tasks.column.value"),
                messages.format("cli.tasks.column.why")));
        RiskWords words = new RiskWords(messages);
        for (PlannedTask task : preview.plan().tasks()) {
            rows.add(List.of(String.valueOf(task.rank()), task.due().toString(),
                    messages.format(FollowUpLabels.priority(task.priority())), task.customerKey(),
                    preview.displayName(task.customerKey()), reason(task),
                    task.valueAtStake().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    words.chanceWithReasons(preview.riskOf(task.customerKey()), preview.risk().horizonMonths())));
        }
        int[] widths = new int[rows.getFirst().size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - width(cell))).append(GAP);
                }
            }
            out.println(line);
        }
    }

    private String reason(PlannedTask task) {
        return FollowUpLabels.reasonDetail(task.reason(), task.detail())
                .map(key -> messages.format(key, task.detail() == null ? "" : task.detail().toString()))
                .orElseGet(() -> messages.format(FollowUpLabels.reason(task.reason())));
    }

    /** Terminal cells: East Asian wide and full-width characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
