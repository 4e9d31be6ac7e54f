package io.customerlens.analysis.lapse;

/** Where a customer stands at the as-of date: ok, at risk by its own cadence, or lapsed (N). */
public enum RiskLevel {
    OK,
    AT_RISK,
    LAPSED
}
