package io.customerlens.store;

import io.customerlens.domain.CustomerInfo;

import java.time.LocalDate;
import java.util.Objects;

/** A customer's attributes as of the date of the line they were taken from. */
public record CustomerUpdate(String key, CustomerInfo info, LocalDate lineDate) {

    public CustomerUpdate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(lineDate, "lineDate");
    }
}
