package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * A customer under the simple key-account rule: its average monthly net amount, whether it meets the rule at the
 * threshold it was evaluated with, and its 12-month net, so another threshold can be judged exactly.
 */
public record MonthlyAmount(BigDecimal averageMonthlyNet, boolean keyAccount, BigDecimal twelveMonthNet) {

    /** The rule at another threshold: 12-month net ≥ 12 × threshold, compared exactly (no division). */
    public boolean meets(BigDecimal threshold) {
        return twelveMonthNet.compareTo(threshold.multiply(BigDecimal.valueOf(MonthlyAmountRule.MONTHS))) >= 0;
    }
}
