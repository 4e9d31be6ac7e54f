package io.customerlens.service;

import java.time.LocalDate;
import java.util.List;

/** Every customer with a purchase up to {@code asOf}; {@code asOf} is null when the store is empty. */
public record CustomerOverview(LocalDate asOf, List<CustomerRow> customers) {

    public CustomerOverview {
        customers = List.copyOf(customers);
    }
}
