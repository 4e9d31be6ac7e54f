package io.customerlens.service;

import io.customerlens.domain.ImportBatch;
import io.customerlens.store.ImportWriter;

import java.util.List;
import java.util.Optional;

/**
 * The content (customer, day, amount) of every stored line with the import it came with, about 32 bytes a
 * line: enough to tell which earlier import a new line repeats in another form.
 */
final class StoredContent {

    private final FingerprintSet keysByBatch;
    private final List<ImportBatch> batches;

    private StoredContent(FingerprintSet keysByBatch, List<ImportBatch> batches) {
        this.keysByBatch = keysByBatch;
        this.batches = batches;
    }

    static StoredContent read(ImportWriter writer, long storedLines) {
        FingerprintSet keys = new FingerprintSet(storedLines);
        writer.forEachStoredContent(keys::add);
        return new StoredContent(keys, writer.batches());
    }

    /** The newest earlier import holding a line with this content, if any. */
    Optional<ImportBatch> batchOf(long contentKey) {
        for (ImportBatch batch : batches) {
            if (keysByBatch.contains(contentKey, batch.id())) {
                return Optional.of(batch);
            }
        }
        return Optional.empty();
    }
}
