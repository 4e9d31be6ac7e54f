package io.customerlens.report;

import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.ValueTier;

/**
 * A customer's segments as customers.csv writes them; any part may be null (no purchase in the RFM
 * window, not scored), which leaves its columns empty.
 */
public record SegmentColumns(CustomerRfm rfm, ValueTier valueTier, KeyAccountTier keyAccountTier,
                             LifecycleStage lifecycle) {

    public static final SegmentColumns NONE = new SegmentColumns(null, null, null, null);
}
