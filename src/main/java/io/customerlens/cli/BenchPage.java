package io.customerlens.cli;

/** The pages {@code bench --refresh} visits, in the order it visits them, each with the name of its figure. */
public enum BenchPage {
    HOME("page_home_s"),
    CUSTOMERS("page_customers_s"),
    LAPSE("page_lapse_s"),
    SEGMENTS("page_segments_s"),
    PRODUCTS("page_products_s"),
    FOLLOW_UPS("page_followups_s");

    private final String metric;

    BenchPage(String metric) {
        this.metric = metric;
    }

    /** The figure's name in the bench output, machine-readable and the same in every language. */
    public String metric() {
        return metric;
    }
}
