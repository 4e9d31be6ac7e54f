package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

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
        return new MonthlyAmount(averageMonthlyNet(customer, asOf), isKeyAccount(customer, asOf, threshold));
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
