package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * One customer's value tier.
 *
 * @param netAmount   net amount of all history up to the as-of date, returns included
 * @param shareBefore c: the positive net amount of the customers ranked before this one / the total
 *                    positive net amount (1 for a customer whose own net amount is ≤ 0)
 */
public record CustomerTier(String customerKey, BigDecimal netAmount, double shareBefore, ValueTier tier) {
}
