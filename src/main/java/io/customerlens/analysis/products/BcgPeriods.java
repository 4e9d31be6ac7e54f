package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;

import java.time.LocalDate;
import java.util.List;

/**
 * Which comparison periods the BCG matrix can use on the data at hand. A period whose previous half lies
 * (partly) before the first month of data would call every unit "new": its previous sales are missing, not
 * zero. So only the periods the history fills are offered, and the longest of the rolling ones is the default
 * (12 against 12 months, else 6 against 6, else 3 against 3).
 */
public final class BcgPeriods {

    /** In the order offered on the page; the rolling ones longest first. */
    static final List<ComparisonPeriod> OFFERED = List.of(ComparisonPeriod.LAST_12_MONTHS,
            ComparisonPeriod.YEAR_TO_DATE, ComparisonPeriod.LAST_6_MONTHS, ComparisonPeriod.LAST_3_MONTHS);
    private static final List<ComparisonPeriod> ROLLING_LONGEST_FIRST = List.of(ComparisonPeriod.LAST_12_MONTHS,
            ComparisonPeriod.LAST_6_MONTHS, ComparisonPeriod.LAST_3_MONTHS);

    private BcgPeriods() {
    }

    /** @param firstDate the earliest line's date; {@code asOf} the as-of date (not before it) */
    public static BcgPeriodChoice choose(LocalDate firstDate, LocalDate asOf) {
        int months = MonthIndex.of(asOf) - MonthIndex.of(firstDate) + 1;
        List<ComparisonPeriod> fitting = OFFERED.stream().filter(period -> period.fits(firstDate, asOf)).toList();
        ComparisonPeriod longest = ROLLING_LONGEST_FIRST.stream().filter(fitting::contains).findFirst().orElse(null);
        return new BcgPeriodChoice(months, fitting, longest);
    }
}
