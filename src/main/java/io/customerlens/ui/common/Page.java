package io.customerlens.ui.common;

/** The pages of the navigation pane, in the order shown, with the bundle key of each label. */
public enum Page {
    HOME("nav.home"),
    CUSTOMERS("nav.customers"),
    LAPSE("nav.lapse"),
    BACKTEST("nav.backtest"),
    SEGMENTS("nav.segments"),
    PRODUCTS("nav.products"),
    FOLLOW_UPS("nav.followUps"),
    IMPORT("nav.import");

    private final String labelKey;

    Page(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** A stable node id for the navigation button, e.g. {@code nav-follow-ups}; tests look it up. */
    public String navigationId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
