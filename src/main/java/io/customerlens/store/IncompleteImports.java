package io.customerlens.store;

import io.customerlens.domain.ImportBatch;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Removes the lines and the record of import batches that never became complete. Each range of lines goes in
 * its own small transaction, so the removal itself can be killed at any point and simply resumed: the batch
 * stays incomplete, and so invisible, until its record is deleted last.
 */
final class IncompleteImports {

    /** Lines deleted per transaction: small enough that no commit is ever large. */
    static final int DELETE_RANGE = 10_000;

    private final Jdbi jdbi;

    IncompleteImports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Removes every incomplete batch; returns them as they were recorded (counts of an unfinished import are 0). */
    List<ImportBatch> removeAll() {
        List<ImportBatch> batches = jdbi.withExtension(ImportBatchRepository.class, ImportBatchRepository::incomplete);
        batches.forEach(batch -> remove(batch.id()));
        return batches;
    }

    void remove(long batchId) {
        SalesLineRepository.LineIdRange range =
                jdbi.withExtension(SalesLineRepository.class, lines -> lines.idRange(batchId));
        if (range.low() != null) {
            for (long low = range.low(); low <= range.high(); low += DELETE_RANGE) {
                long from = low;
                jdbi.useTransaction(handle -> handle.attach(SalesLineRepository.class)
                        .deleteRange(batchId, from, from + DELETE_RANGE - 1));
            }
        }
        jdbi.useTransaction(handle -> handle.attach(ImportBatchRepository.class).deleteIncomplete(batchId));
    }
}
