package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's purchase history up to the as-of date (see DEFINITIONS: customers, time). */
public record CustomerSummary(String customerKey, LocalDate firstPurchase, LocalDate lastPurchase, long orders,
                              BigDecimal netAmount, long daysSinceLast, int idleMonths) {
}
