package io.customerlens.analysis.followups;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each customer's purchase days and net amount per day (returns included). Pure: a customer's days are worked out
 * from their lines the first time they are asked for and then kept, since only the customers a follow-up or its
 * comparison group names are ever asked for, a few hundred out of thousands.
 */
public final class DailySales {

    private record CustomerDays(NavigableSet<LocalDate> purchases, NavigableMap<LocalDate, BigDecimal> netByDay) {

        static final CustomerDays NONE = new CustomerDays(Collections.emptyNavigableSet(), Collections.emptyNavigableMap());

        static CustomerDays of(Collection<LineFact> lines) {
            NavigableSet<LocalDate> purchases = new TreeSet<>();
            NavigableMap<LocalDate, BigDecimal> net = new TreeMap<>();
            for (LineFact line : lines) {
                net.merge(line.date(), line.amount(), BigDecimal::add);
                if (line.isPurchase()) {
                    purchases.add(line.date());
                }
            }
            // Kept and shared between threads through the snapshot: no caller may change them.
            return net.isEmpty() ? NONE : new CustomerDays(Collections.unmodifiableNavigableSet(purchases),
                    Collections.unmodifiableNavigableMap(net));
        }
    }

    private final Function<String, ? extends Collection<LineFact>> linesOf;
    private final Map<String, CustomerDays> days = new ConcurrentHashMap<>();

    private DailySales(Function<String, ? extends Collection<LineFact>> linesOf) {
        this.linesOf = linesOf;
    }

    /** Over every stored line, grouped here; lines without a customer are left out. */
    public static DailySales of(Collection<LineFact> lines) {
        Map<String, List<LineFact>> byCustomer = new HashMap<>();
        for (LineFact line : lines) {
            if (line.customerKey() != null) {
                byCustomer.computeIfAbsent(line.customerKey(), key -> new ArrayList<>()).add(line);
            }
        }
        return byCustomer(key -> byCustomer.getOrDefault(key, List.of()));
    }

    /** Over each customer's lines as {@code linesOf} gives them (the snapshot finds them without a scan). */
    public static DailySales byCustomer(Function<String, ? extends Collection<LineFact>> linesOf) {
        return new DailySales(linesOf);
    }

    private CustomerDays daysOf(String customerKey) {
        return customerKey == null ? CustomerDays.NONE
                : days.computeIfAbsent(customerKey, key -> CustomerDays.of(linesOf.apply(key)));
    }

    /** The customer's purchase days from {@code from} to {@code to}, both included. */
    public NavigableSet<LocalDate> purchasesBetween(String customerKey, LocalDate from, LocalDate to) {
        return daysOf(customerKey).purchases().subSet(from, true, to, true);
    }

    /** The customer's net amount from {@code from} to {@code to}, both included. */
    public BigDecimal netBetween(String customerKey, LocalDate from, LocalDate to) {
        return daysOf(customerKey).netByDay().subMap(from, true, to, true).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
