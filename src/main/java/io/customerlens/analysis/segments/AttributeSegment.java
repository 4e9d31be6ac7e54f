package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * The customers with one value of an attribute, over all history up to the as-of date.
 *
 * @param value             the attribute's value; null for customers without one (blank counts as none)
 * @param orders            the sum of the customers' orders (returns never count)
 * @param averageOrderValue netAmount / orders; null when there are no orders
 */
public record AttributeSegment(String value, long customers, BigDecimal netAmount, long orders,
                               BigDecimal averageOrderValue) {
}
