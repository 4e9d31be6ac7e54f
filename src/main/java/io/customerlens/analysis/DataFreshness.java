package io.customerlens.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How old the sales data is: the days from the latest sale date to today. The data is stale when that is more
 * than {@code staleAfterDays} (a setting, default {@link #DEFAULT_STALE_AFTER_DAYS}): then the pages that plan
 * calls say so, since "lapsed for 2 months" means little when the data stopped a year ago. Pure: today comes in.
 *
 * @param daysOld negative when the latest sale lies after today (dates in the future)
 */
public record DataFreshness(LocalDate latestSale, LocalDate today, long daysOld, boolean stale) {

    /** About six weeks: a monthly ERP export one month late is not yet stale. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 45;

    public static DataFreshness of(LocalDate latestSale, LocalDate today, int staleAfterDays) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("staleAfterDays must be 0 or more, got " + staleAfterDays);
        }
        long days = ChronoUnit.DAYS.between(latestSale, today);
        return new DataFreshness(latestSale, today, days, days > staleAfterDays);
    }
}
