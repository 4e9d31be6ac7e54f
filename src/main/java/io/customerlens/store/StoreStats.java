package io.customerlens.store;

import java.time.LocalDate;

/** How much the store holds: the number of sales lines and their date range (null dates when empty). */
public record StoreStats(long lines, LocalDate firstDate, LocalDate lastDate) {
}
