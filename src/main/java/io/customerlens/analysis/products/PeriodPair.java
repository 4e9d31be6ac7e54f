package io.customerlens.analysis.products;

/** A period and the period it is compared with. */
public record PeriodPair(DateSpan current, DateSpan previous) {
}
