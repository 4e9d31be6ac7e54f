package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/** A customer under the simple key-account rule: its average monthly net amount, and whether it meets the rule. */
public record MonthlyAmount(BigDecimal averageMonthlyNet, boolean keyAccount) {
}
