package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * The customers of one tier.
 *
 * @param netAmount     their net amount (negative amounts included)
 * @param shareOfAmount netAmount / total positive net amount of all customers (0 when there is none)
 */
public record TierSummary(ValueTier tier, long customers, BigDecimal netAmount, double shareOfAmount) {
}
