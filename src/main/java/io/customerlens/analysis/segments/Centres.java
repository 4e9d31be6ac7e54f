package io.customerlens.analysis.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Means for the RFM thresholds, and the exact median of amounts (day and order medians come from
 * {@link io.customerlens.analysis.Medians}). Callers never pass an empty list.
 */
final class Centres {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Centres() {
    }

    static double mean(List<Long> values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        // An integer quotient is exact in double, so "R equal to the mean" is never lost to rounding.
        return (double) sum / values.size();
    }

    static BigDecimal meanAmount(List<BigDecimal> values) {
        return SegmentAmounts.average(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size());
    }

    /** Exact: halving a decimal always terminates. */
    static BigDecimal medianAmount(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }
}
