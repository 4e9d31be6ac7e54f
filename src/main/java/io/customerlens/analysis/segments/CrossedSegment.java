package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * The customers with one pair of values of two attributes (e.g. region × channel). Either value is null
 * for customers without one. Figures as in {@link AttributeSegment}.
 */
public record CrossedSegment(String first, String second, long customers, BigDecimal netAmount, long orders,
                             BigDecimal averageOrderValue) {
}
