package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SheetLayout;
import io.customerlens.report.RejectedLinesWorkbook;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.task.CancelSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code customerlens import FILE...}: the import wizard's path without the wizard. Each file is its own
 * transaction; a file that cannot be imported is reported on one line and the others still go in.
 */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files = new ArrayList<>();

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--sheet", paramLabel = "NAME|all", descriptionKey = "sheet")
    String sheet;

    @Option(names = "--map", paramLabel = "FIELD=HEADER", descriptionKey = "map")
    List<FieldMapping> mappings = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "encoding")
    Charset encoding;

    @Option(names = "--date-order", paramLabel = "YMD|MDY|DMY", descriptionKey = "dateOrder")
    DateOrder dateOrder;

    @Option(names = "--max-days-ahead", paramLabel = "DAYS", descriptionKey = "maxDaysAhead")
    int maxDaysAhead = ImportPlan.DEFAULT_DAYS_AHEAD;

    @Option(names = "--save-rejected", paramLabel = "FILE.xlsx", descriptionKey = "saveRejected")
    Path rejectedFile;

    @Option(names = "--accept-overlap", descriptionKey = "acceptOverlap")
    boolean acceptOverlap;

    private final CommandEnvironment environment;
    private final MessageBundle messages;

    ImportCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.messages = environment.messages();
    }

    @Override
    public Integer call() throws IOException {
        OptionChecks.requireNotNegative(spec, messages, "--max-days-ahead", maxDaysAhead);
        ImportOptions options = new ImportOptions(Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                mappingByField(), Optional.ofNullable(dateOrder), maxDaysAhead);
        List<ImportProblem> rejected = new ArrayList<>();
        int importedFiles = 0;
        try (StoreSession store = dataFolder.open(environment)) {
            ImportSummaryPrinter printer = new ImportSummaryPrinter(messages, environment.out());
            for (Path file : files) {
                Optional<ImportSummary> summary = importOne(store.importService(), file, options, printer);
                summary.ifPresent(done -> rejected.addAll(done.rejected()));
                importedFiles += summary.filter(this::foundSalesLines).isPresent() ? 1 : 0;
            }
        }
        saveRejected(rejected);
        return ExitCodes.ofFiles(importedFiles, files.size());
    }

    /**
     * A file with no sales line at all (nothing imported, nothing recognised as already stored) was not
     * imported, whatever else it held: it says so, and counts as such in the exit code.
     */
    private boolean foundSalesLines(ImportSummary summary) {
        if (summary.imported() + summary.duplicates() > 0) {
            return true;
        }
        environment.err().println(messages.format("cli.import.noLines", spec.qualifiedName(), summary.fileName()));
        return false;
    }

    /** The import is done and committed: failing to save its rejected lines is a warning, not a failure of it. */
    private void saveRejected(List<ImportProblem> rejected) {
        if (rejectedFile == null) {
            return;
        }
        try {
            new RejectedLinesWorkbook(messages.bundle()).write(rejected, rejectedFile);
            environment.out().println(messages.format("cli.import.savedRejected", rejected.size(),
                    rejectedFile.toString()));
        } catch (IOException cannotWrite) {
            environment.err().println(messages.format("cli.import.rejectedNotSaved", spec.qualifiedName(),
                    rejectedFile.toString(), environment.failures().describe(cannotWrite)));
        }
    }

    private Optional<ImportSummary> importOne(ImportService service, Path file, ImportOptions options,
                                              ImportSummaryPrinter printer) {
        String fileName = String.valueOf(file.getFileName());
        TerminalProgress progress = new TerminalProgress(environment,
                rows -> messages.format("cli.progress.rows", fileName, rows));
        try {
            FileInspection inspection = service.inspect(file, options);
            ImportPlan plan = service.defaultPlan(inspection, options);
            ImportSummary summary = service.importFile(plan, progress, CancelSignal.NEVER, acceptOverlap);
            progress.finish();
            printer.print(summary, plan);
            printSheetsLeftOut(inspection, plan);
            return Optional.of(summary);
        } catch (IOException | IllegalArgumentException cannotImport) {
            // IllegalArgumentException is ImportService's documented answer for an unknown sheet, a mapped
            // header the file lacks, or no date/amount column: a problem of this file, not a fault.
            progress.finish();
            environment.err().println(messages.format("cli.import.failed", spec.qualifiedName(), file.toString(),
                    reason(file, cannotImport)));
            return Optional.empty();
        }
    }

    /** Sheets of the workbook that were not imported, so a user of --sheet all knows what was passed over. */
    private void printSheetsLeftOut(FileInspection inspection, ImportPlan plan) {
        List<String> chosen = plan.sheets().stream().map(SheetLayout::sheetName).toList();
        List<String> leftOut = inspection.sheets().stream().map(sheet -> sheet.layout().sheetName())
                .filter(name -> !chosen.contains(name)).toList();
        if (!leftOut.isEmpty()) {
            environment.out().println(messages.format("cli.import.summary.sheetsLeftOut", String.join(", ", leftOut)));
        }
    }

    private String reason(Path file, Exception cannotImport) {
        String reason = environment.failures().describe(cannotImport);
        String namePrefix = file.getFileName() + ": ";
        // The importer's and the service's messages name the file themselves; the line already does.
        return reason.startsWith(namePrefix) ? reason.substring(namePrefix.length()) : reason;
    }

    private Map<Field, String> mappingByField() {
        Map<Field, String> byField = new EnumMap<>(Field.class);
        for (FieldMapping mapping : mappings) {
            if (byField.put(mapping.field(), mapping.header()) != null) {
                throw new ParameterException(spec.commandLine(),
                        messages.format("cli.error.fieldTwice", mapping.field().cliName()));
            }
        }
        return byField;
    }
}
