package io.customerlens.analysis.segments;

/**
 * What the key-account (大客户) score weighs. Each is measured over the 12 calendar months up to the
 * as-of month unless said otherwise (docs/definitions.md, "Key accounts, lifecycle and cohorts").
 */
public enum KeyAccountCriterion {
    /** Net amount of the last 12 months, returns included. */
    NET_AMOUNT("net_amount"),
    /** (last 12 months − the 12 before) / the 12 before; undefined when the 12 before are ≤ 0. */
    GROWTH("growth"),
    /** Orders in the last 12 months. */
    ORDERS("orders"),
    /** Sum of the known line margins of the last 12 months. */
    MARGIN("margin"),
    /** Days from the first purchase to the as-of date. */
    TENURE("tenure"),
    /** Share of the last 12 months (since the first purchase) with a purchase. */
    REGULARITY("regularity");

    private final String code;

    KeyAccountCriterion(String code) {
        this.code = code;
    }

    /** Stable name for exports and settings. */
    public String code() {
        return code;
    }
}
