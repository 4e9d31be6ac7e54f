package io.customerlens.service;

import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ValueTier;

/** The segments the Customers list shows beside the figures; any part may be null (not computed, no purchase in the window). */
public record CustomerSegments(RfmSegment rfm, ValueTier valueTier, KeyAccountTier keyAccountTier,
                               LifecycleStage lifecycle) {

    public static final CustomerSegments NONE = new CustomerSegments(null, null, null, null);
}
