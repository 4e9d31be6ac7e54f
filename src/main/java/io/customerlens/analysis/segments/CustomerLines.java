package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerLedger;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.LineList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One customer's lines up to the as-of date, by date: the input of the segment analyses, which each
 * need a different cut of them (a window, orders, margins, months).
 */
public record CustomerLines(String customerKey, List<LineFact> lines) {

    public CustomerLines {
        lines = LineList.keep(lines);
    }

    /**
     * The same as {@link #asOf(Collection, LocalDate)} from a ledger, whose lines are already by customer and by
     * date: each customer's lines are a view of the ledger's, not a copy.
     */
    public static List<CustomerLines> asOf(CustomerLedger ledger, LocalDate asOf) {
        List<CustomerLines> customers = new ArrayList<>();
        for (String key : ledger.customerKeys()) {
            List<LineFact> byDate = ledger.linesByDate(key);
            List<LineFact> upTo = byDate.subList(0, countUpTo(byDate, asOf));
            if (upTo.stream().anyMatch(LineFact::isPurchase)) {
                customers.add(new CustomerLines(key, upTo));
            }
        }
        return customers;
    }

    /** How many of the lines, sorted by date, are dated on or before {@code asOf} (a binary search). */
    private static int countUpTo(List<LineFact> byDate, LocalDate asOf) {
        int low = 0;
        int high = byDate.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byDate.get(middle).date().isAfter(asOf)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Every customer with at least one purchase on or before {@code asOf}, sorted by key, each with its
     * lines on or before {@code asOf} (returns included) sorted by date. Lines without a customer are left out.
     */
    public static List<CustomerLines> asOf(Collection<LineFact> facts, LocalDate asOf) {
        Map<String, List<LineFact>> byCustomer = new HashMap<>();
        for (LineFact line : facts) {
            if (line.customerKey() != null && !line.date().isAfter(asOf)) {
                byCustomer.computeIfAbsent(line.customerKey(), key -> new ArrayList<>()).add(line);
            }
        }
        List<CustomerLines> customers = new ArrayList<>(byCustomer.size());
        new TreeMap<>(byCustomer).forEach((key, lines) -> {
            if (lines.stream().anyMatch(LineFact::isPurchase)) {
                lines.sort(Comparator.comparing(LineFact::date));
                customers.add(new CustomerLines(key, lines));
            }
        });
        return customers;
    }
}
