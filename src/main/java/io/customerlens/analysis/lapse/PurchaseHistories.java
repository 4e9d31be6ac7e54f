package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.LineFact;

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
        Map<String, Builder> builders = new HashMap<>();
        // The snapshot hands lines over customer by customer, by date: the last customer's builder is usually the
        // one wanted, so most lines cost no map lookup.
        String lastKey = null;
        Builder last = null;
        for (LineFact line : lines) {
            String key = line.customerKey();
            if (key != null && !line.date().isAfter(asOf)) {
                if (!key.equals(lastKey)) {
                    lastKey = key;
                    last = builders.computeIfAbsent(key, absent -> new Builder());
                }
                last.add(line);
            }
        }
        List<PurchaseHistory> histories = new ArrayList<>(builders.size());
        new TreeMap<>(builders).forEach((key, builder) -> {
            List<LocalDate> days = builder.purchaseDays();
            if (!days.isEmpty()) {
                histories.add(new PurchaseHistory(key, days, builder.monthlyNet()));
            }
        });
        return histories;
    }

    /**
     * One customer's purchase days and net amount per month. Lines in date order (as the snapshot gives them)
     * add to the month in hand and skip a day already listed; lines out of order still count the same, as
     * {@link PurchaseHistory} sorts its days and drops repeats, and months are merged.
     */
    private static final class Builder {
        private final List<LocalDate> days = new ArrayList<>();
        private final Map<Integer, BigDecimal> monthlyNet = new HashMap<>();
        private int month = Integer.MIN_VALUE;
        private BigDecimal monthNet;

        void add(LineFact line) {
            int lineMonth = MonthIndex.of(line.date());
            if (lineMonth != month) {
                flushMonth();
                month = lineMonth;
                monthNet = line.amount();
            } else {
                monthNet = monthNet.add(line.amount());
            }
            if (line.isPurchase()) {
                LocalDate day = line.date();
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
