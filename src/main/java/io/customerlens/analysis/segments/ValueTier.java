package io.customerlens.analysis.segments;

/** ABC value tiers (高/中/低价值): A high, B medium, C low. */
public enum ValueTier {
    A,
    B,
    C
}
