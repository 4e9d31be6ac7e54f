package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One customer's lines up to the as-of date, reduced to what lapse analysis needs: the distinct days
 * with a purchase (ascending, never empty) and the net amount of every month with a line (returns
 * included, so a month with only returns has a net amount but no purchase).
 */
public final class PurchaseHistory {

    private final String customerKey;
    private final List<LocalDate> purchaseDays;
    private final NavigableMap<Integer, BigDecimal> monthlyNet;
    private final int[] purchaseMonths;

    public PurchaseHistory(String customerKey, List<LocalDate> purchaseDays, Map<Integer, BigDecimal> monthlyNet) {
        if (purchaseDays.isEmpty()) {
            throw new IllegalArgumentException("a purchase history needs at least one purchase: " + customerKey);
        }
        this.customerKey = customerKey;
        this.purchaseDays = strictlyAscending(purchaseDays) ? List.copyOf(purchaseDays)
                : purchaseDays.stream().distinct().sorted().toList();
        this.monthlyNet = Collections.unmodifiableNavigableMap(new TreeMap<>(monthlyNet));
        this.purchaseMonths = monthsOf(this.purchaseDays);
    }

    /** The distinct months of ascending days, ascending: a day's month repeats only right after itself. */
    private static int[] monthsOf(List<LocalDate> ascendingDays) {
        int[] months = new int[ascendingDays.size()];
        int count = 0;
        for (LocalDate day : ascendingDays) {
            int month = MonthIndex.of(day);
            if (count == 0 || months[count - 1] != month) {
                months[count++] = month;
            }
        }
        return Arrays.copyOf(months, count);
    }

    /** Whether each day is after the one before: then sorting and dropping repeats would change nothing. */
    private static boolean strictlyAscending(List<LocalDate> days) {
        for (int index = 1; index < days.size(); index++) {
            if (!days.get(index).isAfter(days.get(index - 1))) {
                return false;
            }
        }
        return true;
    }

    public String customerKey() {
        return customerKey;
    }

    /** Distinct purchase days, ascending. */
    public List<LocalDate> purchaseDays() {
        return purchaseDays;
    }

    public NavigableMap<Integer, BigDecimal> monthlyNet() {
        return monthlyNet;
    }

    public LocalDate firstPurchase() {
        return purchaseDays.getFirst();
    }

    public LocalDate lastPurchase() {
        return purchaseDays.getLast();
    }

    public int firstMonth() {
        return purchaseMonths[0];
    }

    public int lastMonth() {
        return purchaseMonths[purchaseMonths.length - 1];
    }

    /** The last purchase day on or before {@code date}; empty when the customer had not bought by then. */
    public Optional<LocalDate> lastPurchaseOnOrBefore(LocalDate date) {
        int index = Collections.binarySearch(purchaseDays, date);
        int last = index >= 0 ? index : -index - 2;
        return last < 0 ? Optional.empty() : Optional.of(purchaseDays.get(last));
    }

    /**
     * The history as it stood on {@code date}: purchase days up to it, and the net amounts of the months
     * up to its month (that month whole). Empty when the customer had not bought by then.
     */
    public Optional<PurchaseHistory> upTo(LocalDate date) {
        if (!lastPurchase().isAfter(date)) {
            return Optional.of(this);
        }
        List<LocalDate> days = purchaseDays.stream().filter(day -> !day.isAfter(date)).toList();
        return days.isEmpty() ? Optional.empty()
                : Optional.of(new PurchaseHistory(customerKey, days, monthlyNet.headMap(MonthIndex.of(date), true)));
    }

    /** Whether the customer bought after {@code from} and on or before {@code to}. */
    public boolean boughtBetween(LocalDate from, LocalDate to) {
        return lastPurchaseOnOrBefore(to).filter(day -> day.isAfter(from)).isPresent();
    }

    /** The distinct month indexes with a purchase, ascending. */
    public int[] purchaseMonths() {
        return purchaseMonths.clone();
    }

    public boolean boughtIn(int month) {
        return Arrays.binarySearch(purchaseMonths, month) >= 0;
    }

    /** Net amount of the month, zero when the customer had no line in it. */
    public BigDecimal netIn(int month) {
        return monthlyNet.getOrDefault(month, BigDecimal.ZERO);
    }

    /** Net amount of the months {@code from} … {@code to}, both included. */
    public BigDecimal netBetween(int from, int to) {
        if (from > to) {
            return BigDecimal.ZERO;
        }
        return monthlyNet.subMap(from, true, to, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String toString() {
        return "PurchaseHistory[" + customerKey + ", " + purchaseDays.size() + " purchase days]";
    }
}
