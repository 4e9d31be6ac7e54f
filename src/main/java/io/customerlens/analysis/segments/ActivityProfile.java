package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One customer's lines up to the as-of date, tallied by calendar month: what key accounts and cohorts
 * read (net, known margin, orders, months with a purchase, order dates). Returns count in net amount and
 * margin but are never purchases or orders (DEFINITIONS: sales lines).
 */
final class ActivityProfile {

    private final LocalDate firstPurchase;
    private final NavigableMap<Integer, BigDecimal> netByMonth = new TreeMap<>();
    private final NavigableMap<Integer, BigDecimal> marginByMonth = new TreeMap<>();
    private final NavigableMap<Integer, Set<String>> ordersByMonth = new TreeMap<>();
    private final NavigableSet<Integer> purchaseMonths = new TreeSet<>();
    /** Each order's earliest purchase day: an order number can span days. */
    private final Map<String, LocalDate> orderDays = new HashMap<>();

    private ActivityProfile(List<LineFact> lines) {
        LocalDate first = null;
        for (LineFact line : lines) {
            int month = MonthIndex.of(line.date());
            netByMonth.merge(month, line.amount(), BigDecimal::add);
            if (line.margin() != null) {
                marginByMonth.merge(month, line.margin(), BigDecimal::add);
            }
            if (line.isPurchase()) {
                String order = orderKey(line);
                ordersByMonth.computeIfAbsent(month, m -> new HashSet<>()).add(order);
                orderDays.merge(order, line.date(), (a, b) -> a.isBefore(b) ? a : b);
                purchaseMonths.add(month);
                first = first == null || line.date().isBefore(first) ? line.date() : first;
            }
        }
        this.firstPurchase = first;
    }

    /** The customer's lines on or before {@code asOf}; empty when none of them is a purchase. */
    static Optional<ActivityProfile> of(CustomerLines customer, LocalDate asOf) {
        List<LineFact> upToAsOf = customer.lines().stream().filter(line -> !line.date().isAfter(asOf)).toList();
        ActivityProfile profile = new ActivityProfile(upToAsOf);
        return profile.firstPurchase == null ? Optional.empty() : Optional.of(profile);
    }

    /** Same rule as CustomerAnalysis: without an order number, an order is one calendar day's purchases. */
    static String orderKey(LineFact line) {
        String orderNo = line.orderNo();
        return orderNo == null || orderNo.isBlank() ? "\u0000day:" + line.date() : orderNo;
    }

    LocalDate firstPurchase() {
        return firstPurchase;
    }

    int firstMonth() {
        return purchaseMonths.first();
    }

    int lastMonth() {
        return purchaseMonths.last();
    }

    boolean boughtIn(int month) {
        return purchaseMonths.contains(month);
    }

    /** Months {@code from} … {@code to} (both included) with a purchase. */
    int purchaseMonthsBetween(int from, int to) {
        return from > to ? 0 : purchaseMonths.subSet(from, true, to, true).size();
    }

    /** Net amount (returns included) of the months {@code from} … {@code to}. */
    BigDecimal netBetween(int from, int to) {
        return sum(netByMonth, from, to);
    }

    boolean hasMarginBetween(int from, int to) {
        return from <= to && !marginByMonth.subMap(from, true, to, true).isEmpty();
    }

    /** Sum of the known line margins of the months {@code from} … {@code to}; unknown margins add nothing. */
    BigDecimal marginBetween(int from, int to) {
        return sum(marginByMonth, from, to);
    }

    /** Distinct orders with a purchase line in the months {@code from} … {@code to}. */
    int ordersBetween(int from, int to) {
        if (from > to) {
            return 0;
        }
        Set<String> orders = new HashSet<>();
        ordersByMonth.subMap(from, true, to, true).values().forEach(orders::addAll);
        return orders.size();
    }

    /** The day of each distinct order (its earliest purchase line), ascending; never empty. */
    List<LocalDate> orderDays() {
        return orderDays.values().stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static BigDecimal sum(NavigableMap<Integer, BigDecimal> byMonth, int from, int to) {
        if (from > to) {
            return BigDecimal.ZERO;
        }
        return byMonth.subMap(from, true, to, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
