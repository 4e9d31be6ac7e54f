package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The simple key-account rule salespeople use in Excel: average monthly net amount over the last 12
 * calendar months (mi(A) − 11 … mi(A), returns included) at least a threshold. The average is always over
 * 12 months, empty months and months before the first purchase counting as 0, so the rule is the same as
 * "12-month net ≥ 12 × threshold" and a new customer qualifies only by what it has bought so far.
 */
public final class MonthlyAmountRule {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(2000);
    public static final int MONTHS = 12;

    /** The customer's average and whether it meets {@code threshold}, decided on the 12-month total. */
    public MonthlyAmount evaluate(CustomerLines customer, LocalDate asOf, BigDecimal threshold) {
        return new MonthlyAmount(averageMonthlyNet(customer, asOf), isKeyAccount(customer, asOf, threshold),
                net12(customer, asOf));
    }

    /**
     * A threshold that fits the data instead of a fixed 2,000: the average monthly net at which the top fifth of
     * the customers who bought in the 12 months begin (the 80th percentile, nearest rank: the value of the
     * ⌈0.8 × n⌉-th smallest), rounded down to two significant figures so it reads as a round amount
     * (18,298.90 → 18,000; 1,234 → 1,200; 0.57 → 0.57). {@link #DEFAULT_THRESHOLD} when nobody bought.
     */
    public static BigDecimal suggestedThreshold(Collection<MonthlyAmount> customers) {
        List<BigDecimal> positive = customers.stream().map(MonthlyAmount::averageMonthlyNet)
                .filter(amount -> amount.signum() > 0).sorted().toList();
        if (positive.isEmpty()) {
            return DEFAULT_THRESHOLD;
        }
        int rank = (int) Math.ceil(positive.size() * 0.8);
        BigDecimal percentile = positive.get(Math.max(rank, 1) - 1);
        BigDecimal rounded = percentile.round(new MathContext(2, RoundingMode.DOWN));
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public boolean isKeyAccount(CustomerLines customer, LocalDate asOf, BigDecimal threshold) {
        // compared on the 12-month total, so no division rounds a customer just below the line
        return net12(customer, asOf).compareTo(threshold.multiply(BigDecimal.valueOf(MONTHS))) >= 0;
    }

    public static BigDecimal averageMonthlyNet(CustomerLines customer, LocalDate asOf) {
        return net12(customer, asOf).divide(BigDecimal.valueOf(MONTHS), MathContext.DECIMAL64);
    }

    private static BigDecimal net12(CustomerLines customer, LocalDate asOf) {
        int to = MonthIndex.of(asOf);
        int from = to - MONTHS + 1;
        return customer.lines().stream()
                .filter(line -> !line.date().isAfter(asOf) && MonthIndex.of(line.date()) >= from)
                .map(line -> line.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
