package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one BCG unit is made of: who buys it and how its sales ran month by month. */
public final class UnitDetails {

    /**
     * The customers who bought the unit in either period, by current net purchases descending (then previous,
     * then key), at most {@code limit}. Lines without a customer are left out.
     */
    public List<UnitCustomer> topCustomers(SalesFacts sales, BcgUnit unit, String unitKey, PeriodPair periods,
                                           int limit) {
        Map<String, BigDecimal[]> byCustomer = new HashMap<>();
        for (SaleFact fact : sales.facts()) {
            int slot = periods.current().contains(fact.date()) ? 0 : periods.previous().contains(fact.date()) ? 1 : -1;
            if (slot < 0 || fact.customerKey() == null || !unitKey.equals(sales.unitOf(fact, unit))) {
                continue;
            }
            BigDecimal[] own = byCustomer.computeIfAbsent(fact.customerKey(),
                    key -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            own[slot] = own[slot].add(fact.amount());
        }
        List<UnitCustomer> customers = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((key, own) -> customers.add(new UnitCustomer(key, sales.customer(key).name(), own[0], own[1])));
        customers.sort(Comparator.comparing(UnitCustomer::currentSales, Comparator.reverseOrder())
                .thenComparing(UnitCustomer::previousSales, Comparator.reverseOrder())
                .thenComparing(UnitCustomer::customerKey));
        return customers.subList(0, Math.min(limit, customers.size()));
    }

    /**
     * The customers who bought the unit in the span: a purchase line of it (positive amount, not a return) dated in
     * the span. Lines without a customer are left out.
     */
    public java.util.Set<String> buyers(SalesFacts sales, BcgUnit unit, String unitKey, DateSpan span) {
        java.util.Set<String> buyers = new java.util.HashSet<>();
        for (SaleFact fact : sales.facts()) {
            if (fact.customerKey() != null && !fact.isReturn() && fact.amount().signum() > 0
                    && span.contains(fact.date()) && unitKey.equals(sales.unitOf(fact, unit))) {
                buyers.add(fact.customerKey());
            }
        }
        return buyers;
    }

    /** The unit's net sales of every month from the first month with any line to the as-of month, zeros included. */
    public List<MonthSales> monthlyTrend(SalesFacts sales, BcgUnit unit, String unitKey, LocalDate asOf) {
        int first = Integer.MAX_VALUE;
        for (SaleFact fact : sales.facts()) {
            if (!fact.date().isAfter(asOf)) {
                first = Math.min(first, MonthIndex.of(fact.date()));
            }
        }
        int last = MonthIndex.of(asOf);
        if (first > last) {
            return List.of();
        }
        BigDecimal[] monthly = new BigDecimal[last - first + 1];
        Arrays.fill(monthly, BigDecimal.ZERO);
        for (SaleFact fact : sales.facts()) {
            if (!fact.date().isAfter(asOf) && unitKey.equals(sales.unitOf(fact, unit))) {
                int i = MonthIndex.of(fact.date()) - first;
                monthly[i] = monthly[i].add(fact.amount());
            }
        }
        List<MonthSales> trend = new ArrayList<>(monthly.length);
        for (int i = 0; i < monthly.length; i++) {
            trend.add(new MonthSales(MonthIndex.toYearMonth(first + i), monthly[i]));
        }
        return trend;
    }
}
