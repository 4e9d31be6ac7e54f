package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Net sales (returns included) of one calendar month. */
public record MonthSales(YearMonth month, BigDecimal netSales) {
}
