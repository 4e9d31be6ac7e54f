package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Which two periods the BCG matrix and the structure compare, seen from the as-of date A (lines after A
 * never count).
 */
public enum ComparisonPeriod {
    /** The 12 calendar months mi(A) − 11 … mi(A) (up to A) against mi(A) − 23 … mi(A) − 12: the contract's default. */
    LAST_12_MONTHS,
    /** 1 January of A's year … A against 1 January of the year before … A one year earlier (29 Feb → 28 Feb). */
    YEAR_TO_DATE,
    /** The latest complete month (see {@link KpiPeriods#latestCompleteMonth}) against the month before it. */
    LATEST_COMPLETE_MONTH;

    public PeriodPair spans(LocalDate asOf) {
        return switch (this) {
            case LAST_12_MONTHS -> {
                int asOfMonth = MonthIndex.of(asOf);
                yield new PeriodPair(
                        new DateSpan(MonthIndex.toYearMonth(asOfMonth - 11).atDay(1), asOf),
                        new DateSpan(MonthIndex.toYearMonth(asOfMonth - 23).atDay(1),
                                MonthIndex.toYearMonth(asOfMonth - 12).atEndOfMonth()));
            }
            case YEAR_TO_DATE -> {
                LocalDate yearAgo = asOf.minusYears(1);
                yield new PeriodPair(new DateSpan(asOf.withDayOfYear(1), asOf),
                        new DateSpan(yearAgo.withDayOfYear(1), yearAgo));
            }
            case LATEST_COMPLETE_MONTH -> {
                YearMonth month = KpiPeriods.latestCompleteMonth(asOf);
                YearMonth before = month.minusMonths(1);
                yield new PeriodPair(new DateSpan(month.atDay(1), month.atEndOfMonth()),
                        new DateSpan(before.atDay(1), before.atEndOfMonth()));
            }
        };
    }

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "products.period." + name().toLowerCase(Locale.ROOT);
    }
}
