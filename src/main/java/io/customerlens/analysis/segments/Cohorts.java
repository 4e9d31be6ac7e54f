package io.customerlens.analysis.segments;

import io.customerlens.analysis.Medians;
import io.customerlens.analysis.MonthIndex;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * New customers by the month of their first purchase, with how many came back for a second order and how
 * many bought again in each later month. Pure.
 * <p>
 * Orders are counted as everywhere else (distinct order number, else one per calendar day; returns are
 * never orders), so a second order number on the first day is a second order 0 days later. An order's day
 * is its earliest purchase line. Months in which no customer started have no cohort.
 */
public final class Cohorts {

    /** Every cohort up to the as-of month, oldest first. Lines after {@code asOf} are ignored. */
    public List<Cohort> of(List<CustomerLines> customers, LocalDate asOf) {
        Map<Integer, List<ActivityProfile>> byFirstMonth = new TreeMap<>();
        for (CustomerLines customer : customers) {
            ActivityProfile.of(customer, asOf).ifPresent(profile ->
                    byFirstMonth.computeIfAbsent(profile.firstMonth(), month -> new ArrayList<>()).add(profile));
        }
        int asOfMonth = MonthIndex.of(asOf);
        List<Cohort> cohorts = new ArrayList<>(byFirstMonth.size());
        byFirstMonth.forEach((month, members) -> cohorts.add(cohort(month, members, asOfMonth)));
        return cohorts;
    }

    /**
     * The customers of one cohort: those whose first purchase on or before {@code asOf} fell in {@code month}, by
     * the same rule as {@link #of}, so their number is the cohort's {@code customers}.
     */
    public Set<String> members(List<CustomerLines> customers, LocalDate asOf, YearMonth month) {
        int wanted = MonthIndex.of(month);
        Set<String> members = new HashSet<>();
        for (CustomerLines customer : customers) {
            ActivityProfile.of(customer, asOf).filter(profile -> profile.firstMonth() == wanted)
                    .ifPresent(profile -> members.add(customer.customerKey()));
        }
        return members;
    }

    private static Cohort cohort(int month, List<ActivityProfile> members, int asOfMonth) {
        List<Long> daysToSecond = new ArrayList<>();
        for (ActivityProfile member : members) {
            List<LocalDate> orderDays = member.orderDays();
            if (orderDays.size() >= 2) {
                daysToSecond.add(ChronoUnit.DAYS.between(orderDays.get(0), orderDays.get(1)));
            }
        }
        List<Double> retention = new ArrayList<>();
        for (int later = month; later <= asOfMonth; later++) {
            int bought = 0;
            for (ActivityProfile member : members) {
                bought += member.boughtIn(later) ? 1 : 0;
            }
            retention.add(bought / (double) members.size());
        }
        return new Cohort(MonthIndex.toYearMonth(month), members.size(), daysToSecond.size(), Medians.of(daysToSecond),
                retention);
    }
}
