package io.customerlens.analysis.lapse;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The first months of the data, where "new customer" cannot be told from "customer first seen". A customer who
 * was already buying before the export began shows up within the lapse window N (or was lapsed anyway when the
 * data begins): so the first N months' "new" customers are mostly old ones. They are shown as the start of the
 * data, shaded and explained, rather than as a wave of new customers. The figures themselves (movement.csv, the
 * cohorts) keep their definitions.
 *
 * @param first the first month of data
 * @param last  the last month of the start: first + N − 1, no later than the as-of month
 */
public record StartOfData(YearMonth first, YearMonth last) {

    public StartOfData {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the start of the data ends before it begins: " + first + " … " + last);
        }
    }

    /**
     * @param firstMonth   the first month of data (the earliest first purchase); empty without data
     * @param asOfMonth    the as-of month
     * @param windowMonths the lapse window N (≥ 1)
     */
    public static Optional<StartOfData> of(Optional<YearMonth> firstMonth, YearMonth asOfMonth, int windowMonths) {
        return firstMonth.map(first -> {
            YearMonth end = first.plusMonths(windowMonths - 1L);
            return new StartOfData(first, end.isAfter(asOfMonth) ? asOfMonth : end);
        });
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
