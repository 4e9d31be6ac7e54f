package io.customerlens.analysis.followups;

import java.math.BigDecimal;

/**
 * Win-back figures of a group of customers.
 *
 * @param customers           evaluated contacts (or comparison customers)
 * @param wonBack             of them, won back
 * @param pending             of them, not won back yet with their window still running
 * @param recovered           net amount in the windows of those won back
 * @param medianDaysToReorder over those won back; null when none
 */
public record EffectFigures(long customers, long wonBack, long pending, BigDecimal recovered,
                            Double medianDaysToReorder) {

    public static final EffectFigures NONE = new EffectFigures(0, 0, 0, BigDecimal.ZERO, null);

    /** won back / customers; NaN for an empty group. Pending customers count as not (yet) won back. */
    public double rate() {
        return customers == 0 ? Double.NaN : wonBack / (double) customers;
    }
}
