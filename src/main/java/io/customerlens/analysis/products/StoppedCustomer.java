package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer who stopped buying one unit (product or category) and still buys other things
 * (docs/definitions.md, "Customers who stopped buying a product").
 *
 * @param name            may be null (the file had no name)
 * @param lastPurchase    the customer's latest purchase of the unit
 * @param monthsBought    distinct months with a purchase of the unit in the 12 months before the last N
 * @param netBefore       the unit's net amount in those 12 months
 * @param otherRecentNet  the net amount of everything else bought in the last N months
 * @param latestPurchase  the customer's latest purchase of anything
 */
public record StoppedCustomer(String customerKey, String name, LocalDate lastPurchase, int monthsBought,
                              BigDecimal netBefore, BigDecimal otherRecentNet, LocalDate latestPurchase) {
}
