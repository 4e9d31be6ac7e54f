package io.customerlens.ui;

import io.customerlens.domain.ImportBatch;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SheetInspection;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;


/** An import service whose answers a test sets; records the plans it was asked to import. */
public final class FakeImportService extends ImportService {

    /** What importFile does: return a summary, throw, or wait for cancellation. */
    @FunctionalInterface
    public interface ImportBehaviour {
        ImportSummary run(ImportPlan plan, ProgressListener progress, CancelSignal cancel) throws IOException;
    }

    private FileInspection inspection;
    private IOException inspectFailure;
    private ImportBehaviour importBehaviour = (plan, progress, cancel) -> {
        throw new AssertionError("no import expected");
    };
    private final List<ImportPlan> importedPlans = new ArrayList<>();
    private final List<ImportOptions> inspectOptions = new ArrayList<>();
    private List<ImportBatch> batches = List.of();

    public FakeImportService() {
        super(Unused.DATABASE, null, new SpreadsheetImporter(new SourceOpener()), Clock.systemUTC());
    }

    /**
     * A store the fake never writes to: ImportService needs one to know where imports would go (it checks the room
     * left there). One empty store in a temporary folder serves every fake of the test run.
     */
    private static final class Unused {
        static final io.customerlens.store.Database DATABASE = open();

        private static io.customerlens.store.Database open() {
            try {
                return io.customerlens.store.Database.open(
                        java.nio.file.Files.createTempDirectory("customerlens-fake-import"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public void inspectionIs(FileInspection next) {
        inspection = next;
        inspectFailure = null;
    }

    public void inspectionFails(IOException failure) {
        inspectFailure = failure;
    }

    public void importDoes(ImportBehaviour behaviour) {
        importBehaviour = behaviour;
    }

    public void batchesAre(List<ImportBatch> next) {
        batches = next;
    }

    public List<ImportPlan> importedPlans() {
        return importedPlans;
    }

    public List<ImportOptions> inspectOptions() {
        return inspectOptions;
    }

    @Override
    public FileInspection inspect(Path file, ImportOptions options) throws IOException {
        inspectOptions.add(options);
        if (inspectFailure != null) {
            throw inspectFailure;
        }
        return inspection;
    }

    /** The first proposed sales sheet with its mapping, as the real service proposes. */
    @Override
    public ImportPlan defaultPlan(FileInspection fileInspection, ImportOptions options) {
        List<SheetInspection> chosen = fileInspection.sheets().stream()
                .filter(sheet -> fileInspection.salesSheets().contains(sheet.layout().sheetName()))
                .toList();
        SheetInspection first = chosen.getFirst();
        return new ImportPlan(fileInspection.file(), fileInspection.charset(),
                chosen.stream().map(SheetInspection::layout).toList(), first.suggestedMapping(), first.dateOrder());
    }

    @Override
    public ImportSummary importFile(ImportPlan plan, ProgressListener progress, CancelSignal cancel)
            throws IOException {
        importedPlans.add(plan);
        return importBehaviour.run(plan, progress, cancel);
    }

    @Override
    public List<ImportBatch> batches() {
        return batches;
    }

    @Override
    public boolean storeIsEmpty() {
        return batches.isEmpty();
    }

}
