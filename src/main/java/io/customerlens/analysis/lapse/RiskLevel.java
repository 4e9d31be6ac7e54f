package io.customerlens.analysis.lapse;

/** Where a customer stands at the as-of date: ok, at risk by its own cadence, or lapsed (N). */
public enum RiskLevel {
    OK,
    AT_RISK,
    LAPSED;

    /** The bundle key of its label, e.g. {@code lapse.risk.at_risk}. */
    public String messageKey() {
        return "lapse.risk." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
