package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.PurchaseRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups lines into one {@link PurchaseHistory} per customer, as of a date. Pure. */
public final class PurchaseHistories {

    private PurchaseHistories() {
    }

    /**
     * Histories of every customer with at least one purchase on or before {@code asOf}, sorted by key.
     * Lines after {@code asOf} and lines without a customer are ignored; a customer with only returns
     * has no purchase and so no history.
     */
    public static List<PurchaseHistory> asOf(Collection<LineFact> lines, LocalDate asOf) {
        Collector collector = new Collector(asOf);
        for (LineFact line : lines) {
            collector.add(line.customerKey(), line.date(), line.amount(), line.isReturn());
        }
        return collector.histories();
    }

    /**
     * Takes lines one at a time, as {@link #asOf} does, from any source: the analysis snapshot hands its columns'
     * values over without making a line object.
     */
    public static final class Collector {

        private final LocalDate asOf;
        private final Map<String, Builder> builders = new HashMap<>();
        private String lastKey;
        private Builder last;
        private LocalDate lastDate;
        private int lastMonth;

        public Collector(LocalDate asOf) {
            this.asOf = asOf;
        }

        /** One line; lines after the as-of date and lines without a customer are ignored. */
        public void add(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn) {
            if (customerKey == null || date.isAfter(asOf)) {
                return;
            }
            // The snapshot hands lines over customer by customer, by date: the last customer's builder is usually
            // the one wanted, and the day the one before's, so most lines cost no map lookup and no month sum.
            if (!customerKey.equals(lastKey)) {
                lastKey = customerKey;
                last = builders.computeIfAbsent(customerKey, absent -> new Builder());
            }
            if (!date.equals(lastDate)) {
                lastDate = date;
                lastMonth = MonthIndex.of(date);
            }
            last.add(date, lastMonth, amount, PurchaseRule.isPurchase(isReturn, amount));
        }

        /** Histories of every customer with at least one purchase, sorted by key. */
        public List<PurchaseHistory> histories() {
            List<PurchaseHistory> histories = new ArrayList<>(builders.size());
            new TreeMap<>(builders).forEach((key, builder) -> {
                List<LocalDate> days = builder.purchaseDays();
                if (!days.isEmpty()) {
                    histories.add(new PurchaseHistory(key, days, builder.monthlyNet()));
                }
            });
            return histories;
        }
    }

    /**
     * One customer's purchase days and net amount per month. Lines in date order (as the snapshot gives them)
     * add to the month in hand and skip a day already listed; lines out of order still count the same, as
     * {@link PurchaseHistory} sorts its days and drops repeats, and months are merged.
     */
    private static final class Builder {
        private final List<LocalDate> days = new ArrayList<>();
        /** Sorted, so the history takes it over without sorting it again. */
        private final Map<Integer, BigDecimal> monthlyNet = new TreeMap<>();
        private int month = Integer.MIN_VALUE;
        private BigDecimal monthNet;

        void add(LocalDate day, int lineMonth, BigDecimal amount, boolean purchase) {
            if (lineMonth != month) {
                flushMonth();
                month = lineMonth;
                monthNet = amount;
            } else {
                monthNet = monthNet.add(amount);
            }
            if (purchase) {
                if (days.isEmpty() || !day.equals(days.getLast())) {
                    days.add(day);
                }
            }
        }

        private void flushMonth() {
            if (monthNet != null) {
                monthlyNet.merge(month, monthNet, BigDecimal::add);
                monthNet = null;
            }
        }

        List<LocalDate> purchaseDays() {
            return days;
        }

        Map<Integer, BigDecimal> monthlyNet() {
            flushMonth();
            return monthlyNet;
        }
    }
}
