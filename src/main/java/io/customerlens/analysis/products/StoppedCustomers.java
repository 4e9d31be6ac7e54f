package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.card.StoppedRule;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customers who stopped buying one unit: for each, the unit meets the card's {@link StoppedRule} (bought in at
 * least 3 of the 12 months before the last N months, no purchase of it since), and the customer still bought
 * something else in the last N months — a customer who stopped buying altogether is on the Lapse page, not here.
 * Any other purchase counts, a line without a product too. Lines without a customer are left out. Sorted by the
 * unit's net amount in the 12 months, largest first, ties by key. Pure; one pass over the lines.
 */
public final class StoppedCustomers {

    public List<StoppedCustomer> of(SalesFacts sales, BcgUnit unit, String unitKey, LocalDate asOf,
                                    LapseWindow window) {
        StoppedRule rule = StoppedRule.of(asOf, window);
        Map<String, Tally> tallies = new HashMap<>();
        for (SaleFact fact : sales.facts()) {
            if (fact.customerKey() == null || !rule.reads(fact.date())) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(fact.customerKey(), key -> new Tally());
            boolean ofUnit = unitKey.equals(sales.unitOf(fact, unit));
            if (rule.isRecent(fact.date())) {
                tally.recent(fact, ofUnit);
            } else if (ofUnit) {
                tally.before(fact);
            }
        }
        List<StoppedCustomer> stopped = new ArrayList<>();
        tallies.forEach((customer, tally) -> {
            if (tally.stopped()) {
                stopped.add(new StoppedCustomer(customer, sales.customer(customer).name(), tally.lastOfUnit,
                        tally.months.size(), tally.netBefore, tally.otherRecentNet, tally.latestPurchase));
            }
        });
        stopped.sort(Comparator.comparing(StoppedCustomer::netBefore, Comparator.reverseOrder())
                .thenComparing(StoppedCustomer::customerKey));
        return stopped;
    }

    /** One customer's lines from the 12 months before the last N on. */
    private static final class Tally {
        final Set<Integer> months = new HashSet<>();
        BigDecimal netBefore = BigDecimal.ZERO;
        BigDecimal otherRecentNet = BigDecimal.ZERO;
        LocalDate lastOfUnit;
        /** Of anything else in the last N months: the latest purchase of all for a customer who stopped the unit. */
        LocalDate latestPurchase;
        boolean unitRecently;
        boolean otherRecently;

        void before(SaleFact fact) {
            netBefore = netBefore.add(fact.amount());
            if (fact.isPurchase()) {
                months.add(MonthIndex.of(fact.date()));
                lastOfUnit = later(lastOfUnit, fact.date());
            }
        }

        void recent(SaleFact fact, boolean ofUnit) {
            if (ofUnit) {
                unitRecently |= fact.isPurchase();
                return;
            }
            otherRecentNet = otherRecentNet.add(fact.amount());
            if (fact.isPurchase()) {
                otherRecently = true;
                latestPurchase = later(latestPurchase, fact.date());
            }
        }

        boolean stopped() {
            return StoppedRule.wasRegular(months.size()) && !unitRecently && otherRecently;
        }

        private static LocalDate later(LocalDate known, LocalDate date) {
            return known == null || date.isAfter(known) ? date : known;
        }
    }
}
