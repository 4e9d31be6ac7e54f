package io.customerlens.service.card;

import java.time.LocalDate;

/**
 * No card for the key: the store holds no such customer ({@code asOf} null), or the customer had no
 * purchase on or before {@code asOf}.
 */
public class UnknownCustomerException extends RuntimeException {

    private final String customerKey;
    private final transient LocalDate asOf;

    public UnknownCustomerException(String customerKey, LocalDate asOf) {
        super(asOf == null ? "no customer with key " + customerKey
                : "customer " + customerKey + " has no purchase on or before " + asOf);
        this.customerKey = customerKey;
        this.asOf = asOf;
    }

    public String customerKey() {
        return customerKey;
    }

    /** The as-of date without purchases; null when the key is not in the store at all. */
    public LocalDate asOf() {
        return asOf;
    }
}
