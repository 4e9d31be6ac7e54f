package io.customerlens.domain;

import java.util.function.Function;

/** The customer attributes a sales file may carry, by which customers are grouped and filtered. */
public enum CustomerAttribute {
    TYPE(CustomerInfo::type),
    REGION(CustomerInfo::region),
    PROVINCE(CustomerInfo::province),
    CITY(CustomerInfo::city),
    INDUSTRY(CustomerInfo::industry),
    CHANNEL(CustomerInfo::channel),
    SALESPERSON(CustomerInfo::salesperson);

    private final Function<CustomerInfo, String> reader;

    CustomerAttribute(Function<CustomerInfo, String> reader) {
        this.reader = reader;
    }

    /** The attribute's value, or null when the customer has none (blank counts as none). */
    public String of(CustomerInfo info) {
        String value = reader.apply(info);
        return value == null || value.isBlank() ? null : value;
    }
}
