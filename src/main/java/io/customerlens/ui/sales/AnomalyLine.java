package io.customerlens.ui.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month whose sales departed from trend and season, as the Home table lists it.
 *
 * @param departure (actual − expected) / expected
 * @param customers the customers that moved most in the departure's direction, with their part, as text
 * @param products  likewise for products
 */
public record AnomalyLine(YearMonth month, BigDecimal actual, BigDecimal expected, BigDecimal departure,
                          String customers, String products) {
}
