package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;

import java.time.LocalDate;

/** The lines RFM looks at: all history up to the as-of date, or its last 12 calendar months. */
public enum RfmWindow {
    ALL_HISTORY,
    /** The calendar months mi(A) − 11 … mi(A): whole months, so the as-of month counts even if only begun. */
    LAST_12_MONTHS;

    /** Whether a line dated {@code date} falls in the window seen from {@code asOf}; later lines never do. */
    public boolean covers(LocalDate date, LocalDate asOf) {
        if (date.isAfter(asOf)) {
            return false;
        }
        return this == ALL_HISTORY || MonthIndex.of(date) >= MonthIndex.of(asOf) - 11;
    }
}
