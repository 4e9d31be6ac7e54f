package io.customerlens.importer;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.SkipReason;

import java.util.List;
import java.util.Map;

/**
 * Counts from reading a file: {@code rowsRead} data rows after the header (every row the reader saw,
 * skipped and rejected included), lines passed to the sink, rows skipped by reason, and rejected rows.
 */
public record ReadResult(long rowsRead, long linesAccepted, Map<SkipReason, Long> skipped,
                         List<ImportProblem> rejected) {

    public ReadResult {
        skipped = Map.copyOf(skipped);
        rejected = List.copyOf(rejected);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
