package io.customerlens.ui.lapse.timeline;

import java.math.BigDecimal;

/**
 * One customer-month of the lapse timeline.
 *
 * @param kind       what happened in the month
 * @param netAmount  the customer's net amount in the month (returns included); zero when nothing
 * @param gapMonths  for {@link CellKind#NO_PURCHASE} and {@link CellKind#LAPSE}: the length of the gap
 *                   the month belongs to; 0 otherwise
 */
public record TimelineCell(CellKind kind, BigDecimal netAmount, int gapMonths) {

    public enum CellKind {
        /** Before the customer's first purchase month, or after the as-of month: nothing drawn. */
        OUTSIDE,
        /** A month with at least one purchase. */
        BOUGHT,
        /** An empty month in a gap shorter than the window N (not a lapse). */
        NO_PURCHASE,
        /** An empty month in a lapse episode (gap ≥ N); coloured by {@code gapMonths}. */
        LAPSE
    }
}
