package io.customerlens.analysis.card;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * This year against last year to date (docs/definitions.md, "Customer card"): net amount (returns
 * included) from 1 January of the as-of year to the as-of date, against the same span a year earlier.
 */
public record YearToDate(LocalDate thisFrom, LocalDate thisTo, BigDecimal thisYear,
                         LocalDate lastFrom, LocalDate lastTo, BigDecimal lastYear) {

    /** (this − last) / |last|; empty when last year's amount is ≤ 0, where a ratio means nothing. */
    public Optional<Double> change() {
        if (lastYear.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(thisYear.subtract(lastYear).divide(lastYear.abs(), MathContext.DECIMAL64).doubleValue());
    }
}
