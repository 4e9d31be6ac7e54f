package io.customerlens.store;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.ProductNameCount;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The writes of one import, in small transactions that a killed process cannot tear (docs/decisions/0006):
 * the batch is recorded incomplete, its lines go in committed chunks that nobody sees, and
 * {@link #complete} makes all of it visible in one small transaction. Until then {@link #discard} (or the
 * next {@link Database#open}) takes the lines back out.
 */
public final class ImportWriter {

    private final Jdbi jdbi;
    private final IncompleteImports incomplete;
    /**
     * On a team server, the session that holds the import's advisory lock from the batch's record to its end
     * (docs/decisions/0019), so that no other opening takes the batch for one a killed process left; null on H2 and
     * when no batch is under way.
     */
    private Handle hold;
    private long heldBatch;

    ImportWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.incomplete = new IncompleteImports(jdbi);
    }

    /**
     * What the final transaction of an import writes besides making its lines visible; {@code firstDate} and
     * {@code lastDate} are the range of sale dates the file held.
     */
    public record Completion(long linesRead, long linesImported, long linesDuplicate, long linesRejected,
                             long linesSkipped, Collection<CustomerUpdate> customers,
                             Collection<ProductUpdate> products, Map<String, Map<Field, String>> mappings,
                             Instant at, LocalDate firstDate, LocalDate lastDate,
                             Collection<ProductNameCount> productNames) {
    }

    /**
     * Records the start of an import, committed at once; its lines stay invisible until {@link #complete}. On a team
     * server the batch's lock is taken in the same transaction, so no other session ever sees the batch unlocked while
     * this import runs; {@link #endBatch} lets it go.
     */
    public long startBatch(String fileName, long fileSize, String sha256, String sheets, Instant importedAt) {
        Handle handle = jdbi.open();
        try {
            long id = handle.inTransaction(transaction -> {
                long batch = transaction.attach(ImportBatchRepository.class)
                        .insert(fileName, fileSize, sha256, sheets, importedAt);
                if (StoreVendor.of(transaction) == StoreVendor.POSTGRESQL) {
                    transaction.attach(ImportLockRepository.class).lock(batch);
                }
                return batch;
            });
            if (StoreVendor.of(handle) == StoreVendor.POSTGRESQL) {
                hold = handle;
                heldBatch = id;
                return id;
            }
            handle.close();
            return id;
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    /**
     * Lets the batch's lock go once the import has ended, however it ended (complete, taken out, or failed even to be
     * taken out: then a later opening removes it). Nothing on H2; nothing when already done.
     */
    public void endBatch() {
        Handle held = hold;
        if (held == null) {
            return;
        }
        hold = null;
        try {
            // A session the server ended, or lost with the server, has let the lock go already.
            if (alive(held)) {
                held.attach(ImportLockRepository.class).unlock(heldBatch);
            }
        } finally {
            held.close();
        }
    }

    private static boolean alive(Handle handle) {
        try {
            return handle.getConnection().isValid(5);
        } catch (SQLException cannotTell) {
            // Only for a negative timeout; read as a broken connection, whose session holds nothing.
            return false;
        }
    }

    /** Every current (version 2) fingerprint of the visible lines, for duplicate detection. */
    public void forEachStoredFingerprint(SalesLineRepository.FingerprintConsumer consumer) {
        forEachStoredFingerprint(SalesLineRepository.CURRENT_FINGERPRINT, consumer);
    }

    /** The version-1 fingerprints of lines stored before version 2; none in a store begun since. */
    public void forEachLegacyFingerprint(SalesLineRepository.FingerprintConsumer consumer) {
        forEachStoredFingerprint(SalesLineRepository.LEGACY_FINGERPRINT, consumer);
    }

    private void forEachStoredFingerprint(int version, SalesLineRepository.FingerprintConsumer consumer) {
        jdbi.useTransaction(handle -> handle.attach(SalesLineRepository.class).forEachFingerprint(version, consumer));
    }

    /** The content key and batch of every visible line. */
    public void forEachStoredContent(SalesLineRepository.ContentConsumer consumer) {
        jdbi.useTransaction(handle -> handle.attach(SalesLineRepository.class).forEachContentKey(consumer));
    }

    /** Complete imports, newest first. */
    public List<ImportBatch> batches() {
        return jdbi.withExtension(ImportBatchRepository.class, ImportBatchRepository::list);
    }

    public long storedLineCount() {
        return jdbi.withExtension(SalesLineRepository.class,
                lines -> lines.countWithFingerprint(SalesLineRepository.CURRENT_FINGERPRINT));
    }

    public long legacyLineCount() {
        return jdbi.withExtension(SalesLineRepository.class,
                lines -> lines.countWithFingerprint(SalesLineRepository.LEGACY_FINGERPRINT));
    }

    /**
     * Inserts and commits one chunk of the batch's lines (invisible until the batch is complete). May be
     * called from another thread than the other methods, never at once.
     */
    public void insertLines(long batchId, List<ImportedLine> lines) {
        jdbi.useTransaction(handle -> handle.attach(SalesLineRepository.class).insert(batchId, lines));
    }

    /**
     * One transaction: the customers, products and mappings the import brings, the counts, and the batch
     * marked complete. Then a checkpoint, so that a process killed right after still finds it on disk.
     */
    public void complete(long batchId, Completion completion) {
        jdbi.useTransaction(handle -> {
            handle.attach(CustomerRepository.class).upsert(completion.customers());
            ProductRepository products = handle.attach(ProductRepository.class);
            products.upsert(completion.products());
            products.insertNames(batchId, completion.productNames());
            ColumnMappingRepository mappings = handle.attach(ColumnMappingRepository.class);
            completion.mappings().forEach((signature, mapping) -> mappings.save(signature, mapping, completion.at()));
            int marked = handle.attach(ImportBatchRepository.class).complete(batchId, completion.linesRead(),
                    completion.linesImported(), completion.linesDuplicate(), completion.linesRejected(),
                    completion.linesSkipped(), completion.firstDate(), completion.lastDate());
            if (marked != 1) {
                throw new IllegalStateException("import batch " + batchId + " is not an import under way");
            }
            handle.attach(StoreRevisionRepository.class).raise();
        });
        endBatch();
        checkpoint();
    }

    /** Remembers mappings on their own, for an import that brought no new line (and so leaves no batch). */
    public void rememberMappings(Map<String, Map<Field, String>> mappings, Instant at) {
        jdbi.useTransaction(handle -> {
            ColumnMappingRepository repository = handle.attach(ColumnMappingRepository.class);
            mappings.forEach((signature, mapping) -> repository.save(signature, mapping, at));
        });
    }

    /** Takes an unfinished batch back out: its lines in small transactions, then its record. */
    public void discard(long batchId) {
        try {
            incomplete.remove(batchId);
        } finally {
            endBatch();
        }
    }

    /** H2 only: a PostgreSQL server's commit is on disk already, and its CHECKPOINT is for superusers. */
    private void checkpoint() {
        jdbi.useHandle(handle -> {
            if (StoreVendor.of(handle) == StoreVendor.H2) {
                handle.execute("CHECKPOINT");
            }
        });
    }
}
