package io.customerlens.analysis.products;

import java.time.LocalDate;

/** The days {@code from} … {@code to}, both included. */
public record DateSpan(LocalDate from, LocalDate to) {

    public DateSpan {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span ends before it starts: " + from + " … " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
