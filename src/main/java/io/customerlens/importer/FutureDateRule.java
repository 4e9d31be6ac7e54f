package io.customerlens.importer;

import java.time.LocalDate;

/**
 * Lines dated more than {@code daysAllowed} days after today are rejected: one typing error (2099) would
 * otherwise become the latest date of the store and move the as-of date of every analysis. A day or so
 * is allowed because an export made today may carry tomorrow's deliveries, and the exporting machine's
 * time zone may be ahead of this one.
 */
record FutureDateRule(LocalDate today, int daysAllowed) {

    FutureDateRule {
        if (daysAllowed < 0) {
            throw new IllegalArgumentException("days allowed after today must not be negative: " + daysAllowed);
        }
    }

    LocalDate latestAllowed() {
        return today.plusDays(daysAllowed);
    }

    boolean allows(LocalDate date) {
        return !date.isAfter(latestAllowed());
    }
}
