package io.customerlens.domain;

import java.time.Instant;

/** One import of one file, as recorded in the store. */
public record ImportBatch(long id, String fileName, long fileSize, String sha256, String sheets, Instant importedAt,
                          long linesRead, long linesImported, long linesDuplicate, long linesRejected,
                          long linesSkipped) {
}
