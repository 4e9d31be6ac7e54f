package io.customerlens.service.segments;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.analysis.segments.TierCutoffs;

/** Every choice the segment analyses take, with the documented defaults. */
public record SegmentOptions(RfmOptions rfm, TierCutoffs tiers, KeyAccountWeights weights, KeyAccountCutoffs cutoffs,
                             LapseWindow window, int newMonths) {

    public static final int DEFAULT_NEW_MONTHS = 3;

    public static SegmentOptions defaults() {
        return new SegmentOptions(RfmOptions.DEFAULT, TierCutoffs.DEFAULT, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT, LapseWindow.DEFAULT, DEFAULT_NEW_MONTHS);
    }

    public SegmentOptions withRfm(RfmOptions next) {
        return new SegmentOptions(next, tiers, weights, cutoffs, window, newMonths);
    }

    public SegmentOptions withCutoffs(KeyAccountCutoffs next) {
        return new SegmentOptions(rfm, tiers, weights, next, window, newMonths);
    }

    public SegmentOptions withWeights(KeyAccountWeights next) {
        return new SegmentOptions(rfm, tiers, next, cutoffs, window, newMonths);
    }
}
