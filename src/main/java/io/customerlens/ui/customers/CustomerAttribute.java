package io.customerlens.ui.customers;

import io.customerlens.service.CustomerRow;

import java.util.function.Function;

/** The customer attributes the Customers view filters by, and how to read each from a row. */
public enum CustomerAttribute {
    TYPE(row -> row.info().type()),
    REGION(row -> row.info().region()),
    CHANNEL(row -> row.info().channel()),
    SALESPERSON(row -> row.info().salesperson());

    private final Function<CustomerRow, String> reader;

    CustomerAttribute(Function<CustomerRow, String> reader) {
        this.reader = reader;
    }

    public String of(CustomerRow row) {
        return reader.apply(row);
    }
}
