package io.customerlens.analysis.lapse;

import java.math.BigDecimal;

/**
 * Lapsed customers among those with one value of an attribute.
 *
 * @param value           the attribute's value; null for customers without one
 * @param customers       customers with a purchase up to the as-of date that have the value
 * @param lapsed          of those, lapsed (N)
 * @param shareOfLapsed   lapsed / all lapsed customers (0 when nobody is lapsed)
 * @param lapseRate       lapsed / customers
 * @param lostMonthly     sum of the lapsed customers' monthly amounts at stake
 */
public record BreakdownRow(String value, long customers, long lapsed, double shareOfLapsed, double lapseRate,
                           BigDecimal lostMonthly) {
}
