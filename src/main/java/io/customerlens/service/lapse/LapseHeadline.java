package io.customerlens.service.lapse;

import java.time.LocalDate;

/**
 * The headline figures for Home, for the window N.
 *
 * @param newlyLapsed lapsed now but not at {@code since}
 * @param wonBack     lapsed at {@code since} and not now
 * @param since       the reference date: the as-of date before the latest import, else a month before
 */
public record LapseHeadline(long customers, long lapsed, long newlyLapsed, long atRisk, long wonBack,
                            LocalDate since, boolean sincePreviousImport) {
}
