package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.MonthlyAmount;

/**
 * A key-account score with the customer's name and where it stands under the simple rule "a key
 * account buys at least {@code threshold} a month" ({@code monthly} null when not computed).
 */
public record KeyAccountRow(String name, CustomerKeyAccount account, MonthlyAmount monthly,
                            java.math.BigDecimal threshold) {

    public java.math.BigDecimal averageMonthlyNet() {
        return monthly == null ? null : monthly.averageMonthlyNet();
    }

    public boolean meetsMonthlyRule() {
        return monthly != null && monthly.meets(threshold);
    }
}
