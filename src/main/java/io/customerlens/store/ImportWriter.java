package io.customerlens.store;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportedLine;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The writes of one import, all through the one transaction {@link SalesStore#inImportTransaction} opened.
 * Nothing written here is visible to anyone else until the import's work returns normally.
 */
public final class ImportWriter {

    private final Handle handle;

    ImportWriter(Handle handle) {
        this.handle = handle;
    }

    /** Records the start of an import; its counts are filled in by {@link #finishBatch}. */
    public long startBatch(String fileName, long fileSize, String sha256, String sheets, Instant importedAt) {
        return handle.attach(ImportBatchRepository.class).insert(fileName, fileSize, sha256, sheets, importedAt);
    }

    public void finishBatch(long batchId, long linesRead, long linesImported, long linesDuplicate,
                            long linesRejected, long linesSkipped) {
        handle.attach(ImportBatchRepository.class)
                .updateCounts(batchId, linesRead, linesImported, linesDuplicate, linesRejected, linesSkipped);
    }

    /** Every fingerprint stored before this import, for duplicate detection. */
    public void forEachStoredFingerprint(SalesLineRepository.FingerprintConsumer consumer) {
        handle.attach(SalesLineRepository.class).forEachFingerprint(consumer);
    }

    public long storedLineCount() {
        return handle.attach(SalesLineRepository.class).count();
    }

    /** Inserts one chunk of lines; may be called from another thread than the other methods, never at once. */
    public void insertLines(long batchId, List<ImportedLine> lines) {
        handle.attach(SalesLineRepository.class).insert(batchId, lines);
    }

    public void upsertCustomers(Collection<CustomerUpdate> customers) {
        handle.attach(CustomerRepository.class).upsert(customers);
    }

    public void upsertProducts(Collection<ProductUpdate> products) {
        handle.attach(ProductRepository.class).upsert(products);
    }

    public void rememberMapping(String headerSignature, Map<Field, String> mapping, Instant at) {
        handle.attach(ColumnMappingRepository.class).save(headerSignature, mapping, at);
    }
}
