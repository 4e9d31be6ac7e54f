package io.customerlens.ui.products;

/** The tabs under the picked unit; the heading above them names the list the open tab shows. */
public enum DetailTab {
    TOP_CUSTOMERS("products.view.detailTitle"),
    STOPPED_BUYING("products.stopped.title"),
    TREND("products.view.trendTitle");

    private final String titleKey;

    DetailTab(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The heading's key; its one argument is the unit's name. */
    String titleKey() {
        return titleKey;
    }
}
