package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * The customers of one RFM segment. Empty segments are listed too, with zeros.
 *
 * @param share             customers / all customers in the window (0 when there are none)
 * @param averageNetAmount  net amount / customers, to 34 significant digits (0 when empty)
 */
public record SegmentSummary(RfmSegment segment, long customers, double share, BigDecimal netAmount,
                             double averageRecencyDays, double averageOrders, BigDecimal averageNetAmount) {
}
