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

    /**
     * won back / decided contacts, where a contact is decided once the customer bought in its window (won back)
     * or the window ended without a purchase. Pending contacts (no purchase yet, window still running) wait: they
     * are in neither part, so a fresh batch of calls does not read as a failure. NaN when nothing is decided yet.
     */
    public double rate() {
        long decided = decided();
        return decided == 0 ? Double.NaN : wonBack / (double) decided;
    }

    /** The contacts whose result is known: won back, or their window ended without a purchase. */
    public long decided() {
        return customers - pending;
    }
}
