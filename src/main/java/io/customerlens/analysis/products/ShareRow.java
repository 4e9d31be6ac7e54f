package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * One value's part of net sales in a period and the period before.
 *
 * @param value         null for lines without a value (none)
 * @param currentShare  current sales / total current sales (0.25 = 25 %); null when the total is ≤ 0
 * @param previousShare likewise for the previous period
 * @param shareChange   currentShare − previousShare (0.012 = 1.2 share points); null when either is null
 */
public record ShareRow(String value, String label, BigDecimal currentSales, BigDecimal previousSales,
                       BigDecimal currentShare, BigDecimal previousShare, BigDecimal shareChange) {
}
