package io.customerlens.service;

import java.time.LocalDate;
import java.util.Optional;

/** Customers with their figures, for the Customers view and the analyze export. */
public class CustomerService {

    /** @param asOf empty = the latest date of any stored line */
    public CustomerOverview overview(Optional<LocalDate> asOf) {
        throw new UnsupportedOperationException("TODO: store/service helper");
    }

    public boolean storeIsEmpty() {
        throw new UnsupportedOperationException("TODO: store/service helper");
    }
}
