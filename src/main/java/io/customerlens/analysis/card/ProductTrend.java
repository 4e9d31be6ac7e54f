package io.customerlens.analysis.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of the customer's top products (or categories: then key and name are the category, category null).
 *
 * @param netAmount     net amount of all history up to the as-of date, returns included
 * @param months        distinct calendar months with a purchase of it
 * @param lastPurchase  its latest purchase day; null when it was only ever returned
 * @param last12        net amount of the last 12 months (as-of month included)
 * @param previous12    net amount of the 12 months before those
 */
public record ProductTrend(String key, String name, String category, BigDecimal netAmount, int months,
                           LocalDate lastPurchase, BigDecimal last12, BigDecimal previous12, Trend trend) {
}
