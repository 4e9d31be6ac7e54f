package io.customerlens.domain;

/**
 * A 128-bit digest of every cell of a source row, keyed by column header, so that two rows with equal
 * cells are the same line whatever the column order (see DEFINITIONS: duplicates).
 */
public record LineFingerprint(long high, long low) {
}
