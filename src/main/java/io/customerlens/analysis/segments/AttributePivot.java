package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The attribute pivot: every customer with a purchase up to the as-of date falls in exactly one cell, by its value of
 * the row attribute and of the column attribute (none counts as a value of its own). Cells, totals and the grand
 * total carry their customers, net amount and lapsed customers. Pure.
 */
public final class AttributePivot {

    /**
     * @param lapsed the customers lapsed (N) at the as-of date, from the lapse analysis of the same data
     */
    public PivotTable of(List<CustomerLines> customers, Function<String, CustomerInfo> infoOf,
                         CustomerAttribute rowAttribute, CustomerAttribute columnAttribute, Set<String> lapsed) {
        return of(customers, netAmounts(customers), infoOf, rowAttribute, columnAttribute, lapsed);
    }

    /**
     * Each customer's net amount (every line, returns included): what the pivot sums. It does not depend on the
     * attributes or the window, so a caller that shows the pivot again for another N keeps it.
     */
    public static Map<String, BigDecimal> netAmounts(List<CustomerLines> customers) {
        Map<String, BigDecimal> nets = new HashMap<>(customers.size() * 2);
        customers.forEach(customer -> nets.put(customer.customerKey(), SegmentAmounts.net(customer.lines())));
        return nets;
    }

    /** @param nets each customer's net amount ({@link #netAmounts}) */
    public PivotTable of(List<CustomerLines> customers, Map<String, BigDecimal> nets,
                         Function<String, CustomerInfo> infoOf, CustomerAttribute rowAttribute,
                         CustomerAttribute columnAttribute, Set<String> lapsed) {
        Map<List<String>, Tally> cells = new HashMap<>();
        Map<String, Tally> rows = new HashMap<>();
        Map<String, Tally> columns = new HashMap<>();
        Tally total = new Tally();
        for (CustomerLines customer : customers) {
            String row = AttributeSegments.valueOf(rowAttribute, infoOf, customer);
            String column = AttributeSegments.valueOf(columnAttribute, infoOf, customer);
            BigDecimal net = nets.get(customer.customerKey());
            boolean isLapsed = lapsed.contains(customer.customerKey());
            // Arrays.asList, not List.of: a value may be null.
            for (Tally tally : List.of(cells.computeIfAbsent(Arrays.asList(row, column), key -> new Tally()),
                    rows.computeIfAbsent(row, key -> new Tally()), columns.computeIfAbsent(column, key -> new Tally()),
                    total)) {
                tally.add(customer.customerKey(), net, isLapsed);
            }
        }
        Map<List<String>, PivotCell> cellFigures = new HashMap<>();
        cells.forEach((key, tally) -> cellFigures.put(key, tally.cell()));
        return new PivotTable(rowAttribute, columnAttribute, ordered(rows), ordered(columns), cellFigures,
                figures(rows), figures(columns), total.cell());
    }

    /** Largest total net amount first, then by value, the customers without a value last. */
    private static List<String> ordered(Map<String, Tally> totals) {
        List<String> values = new ArrayList<>(totals.keySet());
        values.sort(Comparator.<String, BigDecimal>comparing(value -> totals.get(value).net, Comparator.reverseOrder())
                .thenComparing(Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return values;
    }

    private static Map<String, PivotCell> figures(Map<String, Tally> tallies) {
        Map<String, PivotCell> figures = new HashMap<>();
        tallies.forEach((value, tally) -> figures.put(value, tally.cell()));
        return figures;
    }

    private static final class Tally {
        private final Set<String> customers = new HashSet<>();
        private BigDecimal net = BigDecimal.ZERO;
        private long lapsed;

        void add(String customerKey, BigDecimal amount, boolean isLapsed) {
            customers.add(customerKey);
            net = net.add(amount);
            lapsed += isLapsed ? 1 : 0;
        }

        PivotCell cell() {
            return new PivotCell(customers, net, lapsed);
        }
    }
}
