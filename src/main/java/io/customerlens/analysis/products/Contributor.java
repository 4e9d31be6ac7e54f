package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * A customer's or product's part in a month's departure.
 *
 * @param key          customer key or product key; null for lines without one
 * @param expected     the month's expected sales × this one's share of the same month a year earlier
 * @param contribution actual − expected; the contributions of all customers (or products) add up to the
 *                     month's actual − expected
 */
public record Contributor(String key, String label, BigDecimal actual, BigDecimal expected, BigDecimal contribution) {
}
