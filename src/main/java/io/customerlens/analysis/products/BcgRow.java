package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * One unit of the BCG matrix.
 *
 * @param key            the unit: product key, category or sub-category
 * @param label          what to show: the product's name for a product, else the key
 * @param growth         (current − previous) / previous; null when previous ≤ 0 (a new unit)
 * @param isNew          previous sales ≤ 0: high growth, growth empty
 * @param relativeShare  current sales / mean current sales of units with current sales &gt; 0 (the x axis,
 *                       log scale); null for a discontinued unit
 * @param salesShare     current sales / total current sales; null when the total is ≤ 0
 * @param margin         the known margins of the unit's current lines; null when none is known
 * @param marginRate     margin / net sales of the current lines whose margin is known (as the sales KPIs define
 *                       it); null when no margin is known or those sales are 0
 * @param quantity       the known quantities of the unit's current lines; null when none is known
 * @param nameCount      a product: how many names its code was sold under (the label is the most frequent);
 *                       1 for a category or sub-category
 */
public record BcgRow(String key, String label, BigDecimal currentSales, BigDecimal previousSales, BigDecimal growth,
                     boolean isNew, BigDecimal relativeShare, BigDecimal salesShare, BigDecimal margin,
                     BigDecimal marginRate, BigDecimal quantity, BcgQuadrant quadrant, int nameCount) {

    public boolean isDiscontinued() {
        return quadrant == BcgQuadrant.DISCONTINUED;
    }
}
