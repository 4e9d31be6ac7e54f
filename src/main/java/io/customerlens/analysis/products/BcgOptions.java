package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * The choices of a BCG matrix. A null threshold means the contract's automatic one: share = the mean current
 * sales of the units with current sales &gt; 0 (an amount), growth = the growth of total sales (a ratio,
 * 0.1 = 10 %).
 */
public record BcgOptions(BcgUnit unit, ComparisonPeriod period, BigDecimal shareThreshold, BigDecimal growthThreshold) {

    public static BcgOptions of(BcgUnit unit) {
        return new BcgOptions(unit, ComparisonPeriod.LAST_12_MONTHS, null, null);
    }

    public BcgOptions withUnit(BcgUnit next) {
        return new BcgOptions(next, period, shareThreshold, growthThreshold);
    }

    public BcgOptions withPeriod(ComparisonPeriod next) {
        return new BcgOptions(unit, next, shareThreshold, growthThreshold);
    }

    /** @param share null = automatic */
    public BcgOptions withShareThreshold(BigDecimal share) {
        return new BcgOptions(unit, period, share, growthThreshold);
    }

    /** @param growth null = automatic */
    public BcgOptions withGrowthThreshold(BigDecimal growth) {
        return new BcgOptions(unit, period, shareThreshold, growth);
    }
}
