package io.customerlens.service.segments;

import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ValueTier;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The customers behind a figure of a segment report: taken from the report's own per-customer rows, from which its
 * counts were made, so a segment's member list and its count cannot disagree. Pure.
 */
public final class SegmentMembers {

    private SegmentMembers() {
    }

    /** The customers of an RFM segment (those with a purchase in the RFM window only). */
    public static Set<String> rfm(SegmentReport report, RfmSegment segment) {
        return keys(report, row -> row.rfm() != null && row.rfm().segment() == segment);
    }

    public static Set<String> valueTier(SegmentReport report, ValueTier tier) {
        return keys(report, row -> row.valueTier() == tier);
    }

    public static Set<String> lifecycle(SegmentReport report, LifecycleStage stage) {
        return keys(report, row -> row.lifecycle() == stage);
    }

    private static Set<String> keys(SegmentReport report, Predicate<SegmentRow> member) {
        return report.customers().stream().filter(member).map(SegmentRow::key).collect(Collectors.toSet());
    }
}
