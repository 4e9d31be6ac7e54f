package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.MonthlyAmountRule;

import java.math.BigDecimal;

/**
 * A key-account score with the customer's name and its average monthly net amount over the last 12
 * months, for the simple rule "a key account buys at least 2,000 a month".
 */
public record KeyAccountRow(String name, CustomerKeyAccount account, BigDecimal averageMonthlyNet) {

    public boolean meetsMonthlyRule() {
        return averageMonthlyNet != null && averageMonthlyNet.compareTo(MonthlyAmountRule.DEFAULT_THRESHOLD) >= 0;
    }
}
