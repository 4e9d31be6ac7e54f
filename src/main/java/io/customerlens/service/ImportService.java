package io.customerlens.service;

import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.UndoneImport;
import io.customerlens.domain.UnfinishedImport;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.HeaderSignature;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one import path shared by the wizard and the command line. Call it from a worker thread, never the
 * FX thread: every method but {@link #defaultPlan} reads or writes the store.
 */
public class ImportService {

    private final SalesStore store;
    private final FileInspector inspector;
    private final SalesReader reader;
    private final Clock clock;
    private final ImportSpace space;
    // One import at a time: a second one must see the first one's lines to skip them as duplicates.
    private final ReentrantLock importLock = new ReentrantLock();

    /** @param clock stamps each import batch with its time */
    public ImportService(Database database, FileInspector inspector, SpreadsheetImporter importer, Clock clock) {
        this(database, inspector, importer::read, clock, DiskSpace.ofFileSystem());
    }

    ImportService(Database database, FileInspector inspector, SalesReader reader, Clock clock) {
        this(database, inspector, reader, clock, DiskSpace.ofFileSystem());
    }

    /** @param space the room left where the store lives, checked before each import */
    ImportService(Database database, FileInspector inspector, SalesReader reader, Clock clock, DiskSpace space) {
        this.store = new SalesStore(database);
        this.inspector = inspector;
        this.reader = reader;
        this.clock = clock;
        // Asked when an import runs, not now: test doubles of this service have no store.
        this.space = new ImportSpace(space, () -> database.folder());
    }

    /**
     * Looks at a file: format, sheets, header rows, suggested mapping, date order. A mapping remembered for
     * the same headers replaces the suggestion; then the options apply, and {@code salesSheets} becomes the
     * sheets chosen for import.
     *
     * @throws IllegalArgumentException for an unknown sheet or a mapped header that the file lacks; the message
     *                                  lists what the file has
     */
    public FileInspection inspect(Path file, ImportOptions options) throws IOException {
        FileInspection inspection = inspector.inspect(file, options.encoding());
        FileInspection remembered = InspectionChoices.withRemembered(inspection,
                headers -> store.rememberedMapping(HeaderSignature.of(headers)));
        return InspectionChoices.withOptions(remembered, options);
    }

    /** The plan the importer would follow without further changes by the user. Does not touch the store. */
    public ImportPlan defaultPlan(FileInspection inspection, ImportOptions options) {
        return InspectionChoices.plan(inspection, options);
    }

    /**
     * Imports a file so that the store is only ever as before the import or as after it, even if the process is
     * killed (docs/decisions/0006): on failure or cancellation (a
     * {@link java.util.concurrent.CancellationException} from {@code cancel}) it is exactly as before. Progress
     * is reported as data rows read (total -1).
     *
     * @throws DiskFullException        before anything is written when the disk has less room than the import
     *                                  needs, or when a write failed for want of room (nothing is kept)
     * @throws IllegalArgumentException when the plan has no sheet, or maps no date or no amount
     */
    public ImportSummary importFile(ImportPlan plan, ProgressListener progress, CancelSignal cancel)
            throws IOException {
        return importFile(plan, progress, cancel, false);
    }

    /**
     * Like {@link #importFile(ImportPlan, ProgressListener, CancelSignal)}; with {@code acceptOverlap} false, an
     * import whose new lines mostly repeat the customer, day and amount of an earlier import's lines ends in a
     * {@link LikelyReimportException} naming that import, with nothing kept.
     */
    public ImportSummary importFile(ImportPlan plan, ProgressListener progress, CancelSignal cancel,
                                    boolean acceptOverlap) throws IOException {
        MappingRules.requireImportable(plan);
        importLock.lock();
        try {
            FileDigest digest = FileDigest.of(plan.file());
            space.requireRoomFor(digest.size());
            try {
                return new ImportRun(store.importWriter(), reader, space).run(plan, digest, clock.instant(), progress, cancel,
                        acceptOverlap);
            } catch (CancellationException cancelled) {
                throw cancelled;
            } catch (RuntimeException storeFailure) {
                throw space.diskFullBehind(storeFailure, digest.size()).orElseThrow(() -> storeFailure);
            }
        } finally {
            importLock.unlock();
        }
    }

    /**
     * Undoes one import: exactly its lines and its record go, in one transaction, after any import under way has
     * finished (imports and undos take turns). Follow-up tasks, customers and products stay. Empty when no
     * complete import has that id.
     */
    public Optional<UndoneImport> undo(long batchId) {
        importLock.lock();
        try {
            return store.undoImport(batchId);
        } finally {
            importLock.unlock();
        }
    }

    /** Past imports, newest first. */
    public List<ImportBatch> batches() {
        return store.batches();
    }

    public boolean storeIsEmpty() {
        return store.isEmpty();
    }

    /** Imports a killed process left unfinished, removed when the store was opened; usually none. */
    public List<UnfinishedImport> unfinishedImportsRemoved() {
        return store.unfinishedImportsRemoved();
    }

}
