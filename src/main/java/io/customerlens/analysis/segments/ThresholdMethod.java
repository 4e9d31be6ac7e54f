package io.customerlens.analysis.segments;

/**
 * How the R, F and M thresholds are found: the mean over the customers (the default, as FineBI and
 * Kingdee do), their median (less pulled by a few very large customers), or values the user fixes.
 */
public enum ThresholdMethod {
    MEAN,
    MEDIAN,
    FIXED
}
