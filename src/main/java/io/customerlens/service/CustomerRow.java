package io.customerlens.service;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSummary;

/** A customer as the Customers view and customers.csv show it: attributes plus purchase figures. */
public record CustomerRow(String key, CustomerInfo info, CustomerSummary summary) {

    /** The name to show: the customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? key : info.name();
    }
}
