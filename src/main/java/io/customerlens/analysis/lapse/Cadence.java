package io.customerlens.analysis.lapse;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A customer's restock cadence: the typical number of days between two purchase days.
 *
 * @param intervals       how many intervals the customer's own purchase days give (purchase days − 1)
 * @param ownMedianDays   the median of those intervals; null without any
 * @param typicalDays     the interval used: the own median, blended with the prior of similar
 *                        customers when there are fewer than {@link CadenceEstimator#OWN_INTERVALS}
 *                        intervals; null when no customer in the data has two purchase days
 * @param borrowed        whether the prior contributed to {@code typicalDays}
 */
public record Cadence(int intervals, Double ownMedianDays, Double typicalDays, boolean borrowed) {

    public static final Cadence UNKNOWN = new Cadence(0, null, null, false);

    public boolean isKnown() {
        return typicalDays != null;
    }

    /** The day the next purchase was due: the last purchase plus the typical interval, rounded to days. */
    public Optional<LocalDate> nextDue(LocalDate lastPurchase) {
        return isKnown() ? Optional.of(lastPurchase.plusDays(Math.round(typicalDays))) : Optional.empty();
    }
}
