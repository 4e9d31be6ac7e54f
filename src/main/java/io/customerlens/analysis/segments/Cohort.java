package io.customerlens.analysis.segments;

import java.time.YearMonth;
import java.util.List;

/**
 * The customers whose first purchase fell in {@code month}.
 *
 * @param secondOrder              how many of them placed a second distinct order on or before the as-of date
 * @param medianDaysToSecondOrder  median days from the first order's day to the second's; null when none did
 * @param retention                k = 0 … mi(A) − mi(month): the share of the cohort with a purchase in
 *                                 month + k (k = 0 is 1.0)
 */
public record Cohort(YearMonth month, long customers, long secondOrder, Double medianDaysToSecondOrder,
                     List<Double> retention) {

    public Cohort {
        retention = List.copyOf(retention);
    }
}
