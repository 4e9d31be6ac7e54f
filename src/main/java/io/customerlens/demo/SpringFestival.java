package io.customerlens.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Spring Festival (春节) dates: shops stock up before it and then close for a week or two, so a
 * distributor's lines dip in the days around it. The table covers the years the demo data can span.
 */
final class SpringFestival {

    static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2022, 2, 1), LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10),
            LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17));

    /** Days before and after the festival during which most shops do not restock. */
    static final int DIP_DAYS_BEFORE = 7;
    static final int DIP_DAYS_AFTER = 8;

    private SpringFestival() {
    }

    static boolean isInDip(long epochDay) {
        for (LocalDate festival : DAYS) {
            long offset = epochDay - festival.toEpochDay();
            if (offset >= -DIP_DAYS_BEFORE && offset <= DIP_DAYS_AFTER) {
                return true;
            }
        }
        return false;
    }
}
