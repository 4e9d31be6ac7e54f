package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Customers, net amount, orders and average order value by customer attribute, over all history up to
 * the as-of date (returns included in the amount, never counted as orders). Rows are ordered by net
 * amount descending, then by value (the row without a value last). An unknown customer (the lookup gives
 * null) has no value for any attribute.
 */
public final class AttributeSegments {

    /** One table per attribute that at least one customer has a value for. */
    public Map<CustomerAttribute, List<AttributeSegment>> byAttribute(List<CustomerLines> customers,
                                                                       Function<String, CustomerInfo> infoOf) {
        Map<CustomerAttribute, List<AttributeSegment>> tables = new EnumMap<>(CustomerAttribute.class);
        // Each customer's net amount and orders once, not once per attribute: every line is read once.
        List<Totals> totals = customers.stream().map(Totals::of).toList();
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (int index = 0; index < customers.size(); index++) {
                tallies.computeIfAbsent(valueOf(attribute, infoOf, customers.get(index)), value -> new Tally())
                        .add(totals.get(index));
            }
            if (tallies.keySet().stream().anyMatch(Objects::nonNull)) {
                List<AttributeSegment> rows = new ArrayList<>();
                tallies.forEach((value, tally) -> rows.add(new AttributeSegment(value, tally.customers, tally.net,
                        tally.orders, tally.averageOrderValue())));
                rows.sort(Comparator.comparing(AttributeSegment::netAmount, Comparator.reverseOrder())
                        .thenComparing(AttributeSegment::value, Comparator.nullsLast(Comparator.naturalOrder())));
                tables.put(attribute, List.copyOf(rows));
            }
        }
        return tables;
    }

    /**
     * The two attributes crossed: one row per pair of values that some customer has (null for none),
     * ordered by net amount descending, then first value, then second value (nulls last).
     */
    public List<CrossedSegment> crossed(List<CustomerLines> customers, Function<String, CustomerInfo> infoOf,
                                        CustomerAttribute first, CustomerAttribute second) {
        Map<List<String>, Tally> tallies = new LinkedHashMap<>();
        for (CustomerLines customer : customers) {
            // Arrays.asList, not List.of: the pair may hold nulls.
            List<String> pair = Arrays.asList(valueOf(first, infoOf, customer), valueOf(second, infoOf, customer));
            tallies.computeIfAbsent(pair, key -> new Tally()).add(customer);
        }
        List<CrossedSegment> rows = new ArrayList<>();
        tallies.forEach((pair, tally) -> rows.add(new CrossedSegment(pair.get(0), pair.get(1), tally.customers,
                tally.net, tally.orders, tally.averageOrderValue())));
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        rows.sort(Comparator.comparing(CrossedSegment::netAmount, Comparator.reverseOrder())
                .thenComparing(CrossedSegment::first, nullsLast)
                .thenComparing(CrossedSegment::second, nullsLast));
        return List.copyOf(rows);
    }

    /**
     * The customers of one row of {@link #byAttribute}: those whose value of the attribute is {@code value} (null:
     * those without one).
     */
    public Set<String> members(List<CustomerLines> customers, Function<String, CustomerInfo> infoOf,
                               CustomerAttribute attribute, String value) {
        Set<String> members = new HashSet<>();
        for (CustomerLines customer : customers) {
            if (Objects.equals(valueOf(attribute, infoOf, customer), value)) {
                members.add(customer.customerKey());
            }
        }
        return members;
    }

    /** The customers of one row of {@link #crossed}: the pair of values (null: none) of the two attributes. */
    public Set<String> crossedMembers(List<CustomerLines> customers, Function<String, CustomerInfo> infoOf,
                                      CustomerAttribute first, String firstValue,
                                      CustomerAttribute second, String secondValue) {
        Set<String> members = new HashSet<>();
        for (CustomerLines customer : customers) {
            if (Objects.equals(valueOf(first, infoOf, customer), firstValue)
                    && Objects.equals(valueOf(second, infoOf, customer), secondValue)) {
                members.add(customer.customerKey());
            }
        }
        return members;
    }

    /** The customer's value of the attribute; null when it has none. Every table and member list goes through it. */
    static String valueOf(CustomerAttribute attribute, Function<String, CustomerInfo> infoOf,
                                  CustomerLines customer) {
        CustomerInfo info = infoOf.apply(customer.customerKey());
        return attribute.of(info == null ? CustomerInfo.EMPTY : info);
    }

    private static final class Tally {
        private long customers;
        private BigDecimal net = BigDecimal.ZERO;
        private long orders;

        void add(CustomerLines customer) {
            add(Totals.of(customer));
        }

        void add(Totals totals) {
            customers++;
            net = net.add(totals.net());
            orders += totals.orders();
        }

        BigDecimal averageOrderValue() {
            return orders == 0 ? null : SegmentAmounts.average(net, orders);
        }
    }

    /** One customer's net amount and orders. */
    private record Totals(BigDecimal net, long orders) {
        static Totals of(CustomerLines customer) {
            return new Totals(SegmentAmounts.net(customer.lines()), SegmentAmounts.orders(customer.lines()));
        }
    }
}
