package io.customerlens.analysis.segments;

import java.math.BigDecimal;

/**
 * One customer's RFM figures over the window.
 *
 * @param recencyDays days from the last purchase in the window to the as-of date
 * @param orders      orders in the window (returns never count)
 * @param netAmount   net amount of every line in the window, returns included
 * @param segment     by the thresholds in force
 * @param rScore      quintile score 1–5, fewer days scoring higher (see {@link QuintileScores})
 * @param fScore      quintile score 1–5, more orders scoring higher
 * @param mScore      quintile score 1–5, more net amount scoring higher
 */
public record CustomerRfm(String customerKey, long recencyDays, long orders, BigDecimal netAmount,
                          RfmSegment segment, int rScore, int fScore, int mScore) {
}
