package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * When a month is flagged: |actual − expected| / expected &gt; {@code minDeparture} and the robust z-score of
 * that departure among all checked months is at least {@code minRobustZ} in size. {@code contributors} is how
 * many customers and products are named per flagged month.
 */
public record AnomalyRule(BigDecimal minDeparture, double minRobustZ, int contributors) {

    public static final AnomalyRule DEFAULT = new AnomalyRule(new BigDecimal("0.25"), 2.0, 5);

    /** Both tests: the departure strictly beyond {@code minDeparture}, the z-score at least {@code minRobustZ}. */
    public boolean flags(BigDecimal departure, double robustZ) {
        return departure.abs().compareTo(minDeparture) > 0 && Math.abs(robustZ) >= minRobustZ;
    }
}
