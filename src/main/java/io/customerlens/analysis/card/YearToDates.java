package io.customerlens.analysis.card;

import io.customerlens.domain.CustomerSalesLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * This year against last year to date: 1 January of the as-of year … the as-of date against 1 January
 * of the year before … the same day a year earlier (29 February falls back to the 28th). Net amounts,
 * returns included. Pure.
 */
public final class YearToDates {

    public YearToDate of(List<CustomerSalesLine> lines, LocalDate asOf) {
        LocalDate thisFrom = asOf.withDayOfYear(1);
        LocalDate lastFrom = thisFrom.minusYears(1);
        LocalDate lastTo = asOf.minusYears(1);
        return new YearToDate(thisFrom, asOf, net(lines, thisFrom, asOf), lastFrom, lastTo, net(lines, lastFrom, lastTo));
    }

    private static BigDecimal net(List<CustomerSalesLine> lines, LocalDate from, LocalDate to) {
        BigDecimal net = BigDecimal.ZERO;
        for (CustomerSalesLine line : lines) {
            if (!line.date().isBefore(from) && !line.date().isAfter(to)) {
                net = net.add(line.amount());
            }
        }
        return net;
    }
}
