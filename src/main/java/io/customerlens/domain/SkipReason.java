package io.customerlens.domain;

/** Rows that are not sales lines and are skipped (and counted) without being an error. */
public enum SkipReason {
    BLANK, REPEATED_HEADER, TOTALS
}
