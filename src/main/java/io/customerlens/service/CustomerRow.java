package io.customerlens.service;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSummary;

/**
 * A customer as the Customers view and customers.csv show it: attributes, purchase figures and segments.
 *
 * @param lapseChance the chance of no order in the next N months (the Lapse page's); NaN when not computed
 */
public record CustomerRow(String key, CustomerInfo info, CustomerSummary summary, CustomerSegments segments,
                          double lapseChance) {

    /** A customer whose chance of no order was not computed. */
    public CustomerRow(String key, CustomerInfo info, CustomerSummary summary, CustomerSegments segments) {
        this(key, info, summary, segments, Double.NaN);
    }

    /** A customer whose segments were not computed. */
    public CustomerRow(String key, CustomerInfo info, CustomerSummary summary) {
        this(key, info, summary, CustomerSegments.NONE);
    }

    /** The name to show: the customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? key : info.name();
    }
}
