package io.customerlens.analysis.segments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds in force: recent ⇔ R ≤ recencyDays, frequent ⇔ F ≥ orders, valuable ⇔ M ≥ netAmount.
 * Shown next to every RFM result so the segments can be checked by hand.
 */
public record RfmThresholds(double recencyDays, double orders, BigDecimal netAmount) {

    public RfmThresholds {
        Objects.requireNonNull(netAmount, "netAmount");
    }

    boolean recent(long recencyDays) {
        return recencyDays <= this.recencyDays;
    }

    boolean frequent(long orders) {
        return orders >= this.orders;
    }

    boolean valuable(BigDecimal netAmount) {
        return netAmount.compareTo(this.netAmount) >= 0;
    }

    RfmSegment segmentOf(long recencyDays, long orders, BigDecimal netAmount) {
        return RfmSegment.of(recent(recencyDays), frequent(orders), valuable(netAmount));
    }
}
