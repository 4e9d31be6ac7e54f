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
    /** The 6 calendar months mi(A) − 5 … mi(A) (up to A) against the 6 before: for a history shorter than 24 months. */
    LAST_6_MONTHS,
    /** The 3 calendar months mi(A) − 2 … mi(A) (up to A) against the 3 before: for a history shorter than 12 months. */
    LAST_3_MONTHS,
    /** 1 January of A's year … A against 1 January of the year before … A one year earlier (29 Feb → 28 Feb). */
    YEAR_TO_DATE,
    /** The latest complete month (see {@link KpiPeriods#latestCompleteMonth}) against the month before it. */
    LATEST_COMPLETE_MONTH;

    public PeriodPair spans(LocalDate asOf) {
        return switch (this) {
            case LAST_12_MONTHS -> lastMonths(asOf, 12);
            case LAST_6_MONTHS -> lastMonths(asOf, 6);
            case LAST_3_MONTHS -> lastMonths(asOf, 3);
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

    /** The {@code months} calendar months up to A's month (up to A) against the same number just before. */
    private static PeriodPair lastMonths(LocalDate asOf, int months) {
        int asOfMonth = MonthIndex.of(asOf);
        return new PeriodPair(
                new DateSpan(MonthIndex.toYearMonth(asOfMonth - months + 1).atDay(1), asOf),
                new DateSpan(MonthIndex.toYearMonth(asOfMonth - 2 * months + 1).atDay(1),
                        MonthIndex.toYearMonth(asOfMonth - months).atEndOfMonth()));
    }

    /**
     * Whether data that starts on {@code firstDate} reaches back to the first month of the previous period, so
     * every unit's previous sales are measured rather than missing. Judged by calendar month: data from the
     * 15th of a month counts for that month (an export rarely starts on the 1st).
     */
    public boolean fits(LocalDate firstDate, LocalDate asOf) {
        return MonthIndex.of(firstDate) <= MonthIndex.of(spans(asOf).previous().from());
    }

    /**
     * Whether the previous period holds any day of data starting on {@code firstDate}: a split of sales into shares
     * (Home's structure) can compare with a partly covered period, but not with one before the data began.
     */
    public boolean reaches(LocalDate firstDate, LocalDate asOf) {
        return !firstDate.isAfter(spans(asOf).previous().to());
    }

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "products.period." + name().toLowerCase(Locale.ROOT);
    }
}
