package io.customerlens.analysis.segments;

/** Where a customer is in its life with the distributor at the as-of date; see {@link Lifecycle}. */
public enum LifecycleStage {
    NEW("new"),
    ACTIVE("active"),
    LOYAL("loyal"),
    AT_RISK("at_risk"),
    LAPSED("lapsed"),
    WON_BACK("won_back");

    private final String code;

    LifecycleStage(String code) {
        this.code = code;
    }

    /** Stable name for exports and settings. */
    public String code() {
        return code;
    }
}
