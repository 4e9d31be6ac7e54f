package io.customerlens.analysis.card;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One calendar month of the card's chart.
 *
 * @param net       net amount of the month, returns included (zero without a line)
 * @param purchased whether the month has a purchase
 * @param gap       whether the month lies in a gap (a month without purchase after the first purchase)
 * @param lapse     whether that gap is a lapse episode of the window N
 */
public record MonthBar(YearMonth month, BigDecimal net, boolean purchased, boolean gap, boolean lapse) {
}
