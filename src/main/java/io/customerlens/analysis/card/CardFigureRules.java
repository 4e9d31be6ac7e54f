package io.customerlens.analysis.card;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.CustomerSummary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The card's figures, from the figures the rest of the app shows (the customer summary and the lapse
 * figures) plus what only the customer's own lines give: returns, margin, this year against last. Pure.
 */
public final class CardFigureRules {

    private final YearToDates yearToDates = new YearToDates();

    /** @param lines the customer's lines on or before the as-of date */
    public CardFigures of(CustomerSummary summary, CustomerLapse lapse, List<CustomerSalesLine> lines) {
        long returnLines = 0;
        BigDecimal returnAmount = BigDecimal.ZERO;
        BigDecimal margin = null;
        for (CustomerSalesLine line : lines) {
            if (line.isReturn() || line.amount().signum() < 0) {
                returnLines++;
                returnAmount = returnAmount.add(line.amount());
            }
            if (line.margin() != null) {
                margin = margin == null ? line.margin() : margin.add(line.margin());
            }
        }
        BigDecimal average = summary.orders() == 0 ? BigDecimal.ZERO
                : summary.netAmount().divide(BigDecimal.valueOf(summary.orders()), MathContext.DECIMAL64);
        Long overdue = lapse.overdueDays().isPresent() ? lapse.overdueDays().getAsLong() : null;
        return new CardFigures(summary.firstPurchase(), summary.lastPurchase(), summary.daysSinceLast(),
                summary.idleMonths(), summary.orders(), summary.netAmount(), average,
                lapse.cadence().typicalDays(), lapse.cadence().borrowed(), lapse.nextDue().orElse(null), overdue,
                lapse.risk(), returnLines, returnAmount, margin, yearToDates.of(lines, lapse.asOf()));
    }
}
