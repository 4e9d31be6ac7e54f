package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.service.ImportSummary;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints what one import did: counts, the first rejected lines with their reasons, dates, the date order when
 * the file left it open, and the mapping.
 */
final class ImportSummaryPrinter {

    static final int PROBLEMS_SHOWN = 10;
    private static final String INDENT = "  ";

    private final MessageBundle messages;
    private final PrintWriter out;

    ImportSummaryPrinter(MessageBundle messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(ImportSummary summary, ImportPlan plan) {
        out.println(messages.format("cli.import.summary.file", summary.fileName(), String.join(", ", summary.sheets())));
        line("cli.import.summary.rowsRead", summary.rowsRead());
        line("cli.import.summary.imported", summary.imported());
        line("cli.import.summary.duplicates", summary.duplicates(), summary.duplicatesInImport(),
                summary.duplicatesStored());
        printSkipped(summary.skipped());
        printRejected(summary.rejected());
        line("cli.import.summary.withoutCustomer", summary.linesWithoutCustomer());
        if (summary.firstDate() == null) {
            line("cli.import.summary.noDates");
        } else {
            line("cli.import.summary.dates", summary.firstDate().toString(), summary.lastDate().toString());
        }
        printDateOrder(plan);
        line("cli.import.summary.mapping", mapping(plan));
    }

    /** When the dates fit day-first and month-first alike, which order was used and how to ask for the other. */
    private void printDateOrder(ImportPlan plan) {
        if (!plan.dateOrderAmbiguous()) {
            return;
        }
        DateOrder used = plan.dateOrder();
        DateOrder other = used == DateOrder.DMY ? DateOrder.MDY : DateOrder.DMY;
        line("cli.import.summary.dateOrderAmbiguous", messages.get("wizard.dateOrder." + used.name()), used.name(),
                messages.get("wizard.dateOrder." + other.name()), other.name());
    }

    private void printSkipped(Map<SkipReason, Long> skipped) {
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            line("cli.import.summary.skipped", total);
            return;
        }
        String detail = Arrays.stream(SkipReason.values())
                .filter(reason -> skipped.getOrDefault(reason, 0L) > 0)
                .map(reason -> messages.format("cli.import.summary.skipCount", messages.get("skip." + reason.name()),
                        skipped.get(reason)))
                .collect(Collectors.joining(", "));
        line("cli.import.summary.skippedDetail", total, detail);
    }

    private void printRejected(List<ImportProblem> rejected) {
        line("cli.import.summary.rejected", rejected.size());
        for (ImportProblem problem : rejected.subList(0, Math.min(PROBLEMS_SHOWN, rejected.size()))) {
            // Row numbers as the user sees them in Excel: no thousands separator.
            String reason = messages.format(problem.reason().messageKey(), problem.messageArguments());
            // A row the reader could not split into columns (field count) is named by its line alone.
            out.println(INDENT + INDENT + (problem.column().isEmpty()
                    ? messages.format("cli.import.summary.problemLine", problem.file(), problem.sheet(),
                            String.valueOf(problem.row()), problem.value(), reason)
                    : messages.format("cli.import.summary.problem", problem.file(), problem.sheet(),
                            String.valueOf(problem.row()), problem.column(), problem.value(), reason)));
        }
        if (rejected.size() > PROBLEMS_SHOWN) {
            out.println(INDENT + INDENT + messages.format("cli.import.summary.moreProblems",
                    rejected.size() - PROBLEMS_SHOWN));
        }
    }

    /** field ← header, in the order of the fields. */
    private static String mapping(ImportPlan plan) {
        return Arrays.stream(Field.values())
                .filter(plan.mapping()::has)
                .map(field -> field.cliName() + " ← " + plan.mapping().column(field).map(MappedColumn::header).orElse(""))
                .collect(Collectors.joining(", "));
    }

    private void line(String key, Object... arguments) {
        out.println(INDENT + messages.format(key, arguments));
    }
}
