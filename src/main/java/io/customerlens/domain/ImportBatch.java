package io.customerlens.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import of one file, as recorded in the store. {@code sheets}: the sheets read, comma-separated.
 * {@code firstDate}/{@code lastDate}: the range of sale dates the file held (null when it is not known: a batch
 * recorded before the store kept it, whose lines were all duplicates).
 */
public record ImportBatch(long id, String fileName, long fileSize, String sha256, String sheets, Instant importedAt,
                          long linesRead, long linesImported, long linesDuplicate, long linesRejected,
                          long linesSkipped, LocalDate firstDate, LocalDate lastDate) {
}
