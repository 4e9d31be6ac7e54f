package io.customerlens.analysis.segments;

/**
 * Tied values collapsed the quintile bins of one dimension: only {@code binsUsed} (fewer than 5) distinct
 * scores occur, e.g. when most customers placed a single order. Reported only with at least 5 customers,
 * since fewer cannot fill 5 bins anyway.
 *
 * @param dimension 'R', 'F' or 'M'
 */
public record ScoreNote(char dimension, int binsUsed) {
}
