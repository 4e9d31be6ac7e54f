package io.customerlens.analysis.card;

import io.customerlens.analysis.lapse.RiskLevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The card's figures at the as-of date; all taken from the lapse figures and the customer's lines.
 *
 * @param averageOrder        net amount / orders
 * @param typicalIntervalDays the restock cadence in days; null when unknown
 * @param intervalBorrowed    whether similar customers' cadence contributed (fewer than 3 intervals)
 * @param nextDue             last purchase + typical interval; null when unknown
 * @param overdueDays         days from the due date to the as-of date (negative = not yet due); null when unknown
 * @param returnLines         lines that are returns (flag or negative amount)
 * @param returnAmount        their amount (≤ 0)
 * @param margin              sum of known line margins; null when no line carries one
 */
public record CardFigures(LocalDate firstPurchase, LocalDate lastPurchase, long daysSinceLast, int idleMonths,
                          long orders, BigDecimal netAmount, BigDecimal averageOrder, Double typicalIntervalDays,
                          boolean intervalBorrowed, LocalDate nextDue, Long overdueDays, RiskLevel risk,
                          long returnLines, BigDecimal returnAmount, BigDecimal margin, YearToDate yearToDate) {
}
