package io.customerlens.analysis.products;

import java.math.BigDecimal;

/** A customer's net purchases of one unit in the current and previous period; {@code name} may be null. */
public record UnitCustomer(String customerKey, String name, BigDecimal currentSales, BigDecimal previousSales) {
}
