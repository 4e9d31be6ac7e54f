package io.customerlens.analysis.lapse;

import java.util.HashSet;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * The customer movement table per month for a window N. Each column is counted straight from its
 * definition, base included, so that the invariant base(m) = base(m − 1) + new(m) + returned(m) − lost(m)
 * is a check on the counting rather than how base is made.
 */
public final class CustomerMovement {

    private CustomerMovement() {
    }

    /** One row per month from the earliest first purchase month to the as-of month; empty without customers. */
    public static List<MovementRow> table(List<CustomerLapse> customers, int asOfMonth) {
        if (customers.isEmpty()) {
            return List.of();
        }
        int from = customers.stream().mapToInt(customer -> customer.history().firstMonth()).min().orElseThrow();
        int size = asOfMonth - from + 1;
        long[] active = new long[size];
        long[] fresh = new long[size];
        long[] lost = new long[size];
        long[] returned = new long[size];
        long[] base = new long[size];
        for (CustomerLapse customer : customers) {
            count(customer, from, active, fresh, lost, returned);
            countBase(customer, from, asOfMonth, base);
        }
        List<MovementRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new MovementRow(from + i, active[i], fresh[i], lost[i], returned[i], base[i]));
        }
        return rows;
    }

    /**
     * The customers one cell of {@link #table} counts: the {@code kind} of month {@code month}, by the same rules. A
     * customer lost twice in the same month (it cannot be) would be counted twice there and listed once here.
     */
    public static Set<String> members(List<CustomerLapse> customers, int asOfMonth, int month, MovementKind kind) {
        Set<String> members = new HashSet<>();
        for (CustomerLapse customer : customers) {
            if (isIn(customer, asOfMonth, month, kind)) {
                members.add(customer.customerKey());
            }
        }
        return members;
    }

    private static boolean isIn(CustomerLapse customer, int asOfMonth, int month, MovementKind kind) {
        return switch (kind) {
            case ACTIVE -> customer.history().boughtIn(month);
            case NEW -> customer.history().firstMonth() == month;
            case LOST -> customer.episodes().stream().anyMatch(episode -> episode.lapseMonth(customer.window()) == month);
            case RETURNED -> customer.episodes().stream().anyMatch(episode -> episode.returnMonth().orElse(-1) == month);
            case BASE -> inBase(customer, asOfMonth, month);
        };
    }

    /** base(m): first purchase month ≤ m and idle months at the end of m below N (as {@link #countBase}). */
    private static boolean inBase(CustomerLapse customer, int asOfMonth, int month) {
        if (month < customer.history().firstMonth() || month > asOfMonth) {
            return false;
        }
        int lastPurchaseMonth = Integer.MIN_VALUE;
        for (int m = customer.history().firstMonth(); m <= month; m++) {
            if (customer.history().boughtIn(m)) {
                lastPurchaseMonth = m;
            }
        }
        return month - lastPurchaseMonth < customer.window().months();
    }

    private static void count(CustomerLapse customer, int from, long[] active, long[] fresh, long[] lost, long[] returned) {
        for (int month : customer.history().purchaseMonths()) {
            active[month - from]++;
        }
        fresh[customer.history().firstMonth() - from]++;
        for (Gap episode : customer.episodes()) {
            lost[episode.lapseMonth(customer.window()) - from]++;
            episode.returnMonth().ifPresent(month -> returned[month - from]++);
        }
    }

    /** base(m): first purchase month ≤ m and idle months at the end of m below N. */
    private static void countBase(CustomerLapse customer, int from, int asOfMonth, long[] base) {
        int lastPurchaseMonth = Integer.MIN_VALUE;
        for (int month = customer.history().firstMonth(); month <= asOfMonth; month++) {
            if (customer.history().boughtIn(month)) {
                lastPurchaseMonth = month;
            }
            if (month - lastPurchaseMonth < customer.window().months()) {
                base[month - from]++;
            }
        }
    }
}
