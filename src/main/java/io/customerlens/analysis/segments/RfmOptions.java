package io.customerlens.analysis.segments;

import java.util.Objects;

/**
 * How to run RFM. {@code fixed} holds the user's thresholds and is required with {@link ThresholdMethod#FIXED};
 * with the other methods it is ignored and may be null.
 */
public record RfmOptions(ThresholdMethod method, RfmWindow window, RfmThresholds fixed) {

    /** Mean thresholds over all history, the usual setting of Chinese BI tools. */
    public static final RfmOptions DEFAULT = new RfmOptions(ThresholdMethod.MEAN, RfmWindow.ALL_HISTORY, null);

    public RfmOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(window, "window");
        if (method == ThresholdMethod.FIXED && fixed == null) {
            throw new IllegalArgumentException("fixed thresholds are required with ThresholdMethod.FIXED");
        }
    }
}
