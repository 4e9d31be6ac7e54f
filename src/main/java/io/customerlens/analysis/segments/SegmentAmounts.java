package io.customerlens.analysis.segments;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Money arithmetic shared by the segment analyses, so every average is rounded the same way. */
final class SegmentAmounts {

    private SegmentAmounts() {
    }

    /**
     * sum / count to 34 significant digits (exact whenever the quotient ends within them); the screen
     * rounds for display. Callers never pass a zero count.
     */
    static BigDecimal average(BigDecimal sum, long count) {
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    /** Sum of the amounts of all lines, returns included. */
    static BigDecimal net(List<LineFact> lines) {
        BigDecimal net = BigDecimal.ZERO;
        for (LineFact line : lines) {
            net = net.add(line.amount());
        }
        return net;
    }

    /**
     * Orders among the purchases: distinct order numbers; a purchase without one counts one order per
     * calendar day (as {@code CustomerAnalysis} counts them). Returns are never orders.
     */
    static long orders(List<LineFact> lines) {
        return lines.stream().filter(LineFact::isPurchase).map(SegmentAmounts::orderKey).distinct().count();
    }

    private static String orderKey(LineFact line) {
        String orderNo = line.orderNo();
        // The NUL prefix keeps a day key from ever equalling a real order number.
        return orderNo == null || orderNo.isBlank() ? "\u0000day:" + line.date() : "no:" + orderNo;
    }
}
