package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One complete month's net sales against its expected value.
 *
 * @param expected  null when the month cannot be checked (less than 24 months of history before it, or a base
 *                  that is ≤ 0)
 * @param departure (actual − expected) / expected; null when not checked
 * @param robustZ   the departure's robust z-score; null when not checked; infinite when the other months all
 *                  depart alike (MAD = 0) and this one does not
 */
public record MonthCheck(YearMonth month, BigDecimal actual, BigDecimal expected, BigDecimal departure, Double robustZ,
                         boolean flagged) {
}
