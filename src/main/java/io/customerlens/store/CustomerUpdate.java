package io.customerlens.store;

import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerInfo;

import java.time.LocalDate;
import java.util.Objects;

/** A customer's attributes and imported contact as of the date of the line they were taken from. */
public record CustomerUpdate(String key, CustomerInfo info, Contact contact, LocalDate lineDate) {

    /** An update without contact details. */
    public CustomerUpdate(String key, CustomerInfo info, LocalDate lineDate) {
        this(key, info, Contact.EMPTY, lineDate);
    }

    public CustomerUpdate {
        contact = contact == null ? Contact.EMPTY : contact;
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(lineDate, "lineDate");
    }
}
