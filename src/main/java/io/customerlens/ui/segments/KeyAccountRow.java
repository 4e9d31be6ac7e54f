package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.MonthlyAmount;

/**
 * A key-account score with the customer's name and where it stands under the simple rule "a key
 * account buys at least 2,000 a month" (null when not computed).
 */
public record KeyAccountRow(String name, CustomerKeyAccount account, MonthlyAmount monthly) {

    public java.math.BigDecimal averageMonthlyNet() {
        return monthly == null ? null : monthly.averageMonthlyNet();
    }

    public boolean meetsMonthlyRule() {
        return monthly != null && monthly.keyAccount();
    }
}
