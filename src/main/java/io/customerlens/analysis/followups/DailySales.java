package io.customerlens.analysis.followups;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Each customer's purchase days and net amount per day (returns included), over every stored line. Pure. */
public final class DailySales {

    private final Map<String, NavigableSet<LocalDate>> purchaseDays;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> netByDay;

    private DailySales(Map<String, NavigableSet<LocalDate>> purchaseDays,
                       Map<String, NavigableMap<LocalDate, BigDecimal>> netByDay) {
        this.purchaseDays = purchaseDays;
        this.netByDay = netByDay;
    }

    /** Lines without a customer are left out. */
    public static DailySales of(Collection<LineFact> lines) {
        Map<String, NavigableSet<LocalDate>> days = new HashMap<>();
        Map<String, NavigableMap<LocalDate, BigDecimal>> net = new HashMap<>();
        for (LineFact line : lines) {
            if (line.customerKey() == null) {
                continue;
            }
            net.computeIfAbsent(line.customerKey(), key -> new TreeMap<>()).merge(line.date(), line.amount(), BigDecimal::add);
            if (line.isPurchase()) {
                days.computeIfAbsent(line.customerKey(), key -> new TreeSet<>()).add(line.date());
            }
        }
        return new DailySales(days, net);
    }

    /** The customer's purchase days from {@code from} to {@code to}, both included. */
    public NavigableSet<LocalDate> purchasesBetween(String customerKey, LocalDate from, LocalDate to) {
        NavigableSet<LocalDate> days = purchaseDays.get(customerKey);
        return days == null ? Collections.emptyNavigableSet() : days.subSet(from, true, to, true);
    }

    /** The customer's net amount from {@code from} to {@code to}, both included. */
    public BigDecimal netBetween(String customerKey, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> days = netByDay.get(customerKey);
        return days == null ? BigDecimal.ZERO
                : days.subMap(from, true, to, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
