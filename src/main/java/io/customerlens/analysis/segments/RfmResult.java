package io.customerlens.analysis.segments;

import java.util.List;

/**
 * An RFM run: the options used, the thresholds in force (never null; (0, 0, 0) for mean and median when
 * no customer bought in the window), the customers with a purchase in the window by key, the eight segment
 * summaries in {@link RfmSegment} order and the notes on collapsed score bins (in R, F, M order).
 */
public record RfmResult(RfmOptions options, RfmThresholds thresholds, List<CustomerRfm> customers,
                        List<SegmentSummary> segments, List<ScoreNote> scoreNotes) {

    public RfmResult {
        customers = List.copyOf(customers);
        segments = List.copyOf(segments);
        scoreNotes = List.copyOf(scoreNotes);
    }
}
