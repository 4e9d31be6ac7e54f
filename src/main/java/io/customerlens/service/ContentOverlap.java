package io.customerlens.service;

import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.LineContent;
import io.customerlens.domain.SalesLine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the lines of an import that are new by fingerprint but repeat the content of a stored line, and by
 * which earlier import. A file imported before in another form repeats nearly all of its lines; an ordinary
 * new export repeats few (a customer buying the same amount on the same day twice), so the import is held
 * only when at least {@value #MIN_LINES} lines and at least half of the new ones repeat.
 */
final class ContentOverlap {

    static final int MIN_LINES = 10;

    private final StoredContent stored;
    private final Map<Long, Long> repeatsByBatch = new HashMap<>();
    private final Map<Long, ImportBatch> batches = new HashMap<>();
    private long repeats;

    ContentOverlap(StoredContent stored) {
        this.stored = stored;
    }

    /** Notes a line that is new by its fingerprint. */
    void noteNewLine(SalesLine line) {
        Optional<ImportBatch> earlier = stored.batchOf(LineContent.key(line.customerKey(), line.date(), line.amount()));
        if (earlier.isPresent()) {
            repeats++;
            repeatsByBatch.merge(earlier.get().id(), 1L, Long::sum);
            batches.putIfAbsent(earlier.get().id(), earlier.get());
        }
    }

    /** The likely re-import among {@code newLines} new lines, if they look like one. */
    Optional<LikelyReimportException> likelyReimport(String fileName, long newLines) {
        if (repeats < MIN_LINES || repeats * 2 < newLines) {
            return Optional.empty();
        }
        long mostRepeated = repeatsByBatch.entrySet().stream()
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return Optional.of(new LikelyReimportException(fileName, batches.get(mostRepeated), repeats, newLines));
    }
}
