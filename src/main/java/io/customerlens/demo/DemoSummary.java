package io.customerlens.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a demo workbook holds: its lines, the customers that bought, the dates spanned and the totals. */
public record DemoSummary(int lines, int customers, LocalDate firstDate, LocalDate lastDate,
                          long totalQuantity, BigDecimal totalAmount) {
}
