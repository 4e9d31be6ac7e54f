package io.customerlens.analysis.card;

/**
 * A product's or category's direction: the last 12 months against the 12 before (docs/definitions.md,
 * "Customer card"). UP / DOWN at a change of 10 % or more, NEW when only the last 12 months have a
 * positive amount, GONE when only the 12 before do, QUIET when neither does.
 */
public enum Trend {
    UP("up"),
    FLAT("flat"),
    DOWN("down"),
    NEW("new"),
    GONE("gone"),
    QUIET("quiet");

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
