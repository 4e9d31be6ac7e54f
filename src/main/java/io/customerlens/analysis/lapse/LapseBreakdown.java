package io.customerlens.analysis.lapse;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lapsed customers and lapse rate by every customer attribute the data has, so that what the lapsed
 * customers share stands out. Rows are ordered by lapsed customers, then lost amount, then value.
 */
public final class LapseBreakdown {

    private LapseBreakdown() {
    }

    /** One table per attribute that at least one customer has a value for. */
    public static Map<CustomerAttribute, List<BreakdownRow>> byAttribute(List<CustomerLapse> customers,
                                                                          Function<String, CustomerInfo> infoOf) {
        Map<CustomerAttribute, List<BreakdownRow>> tables = new EnumMap<>(CustomerAttribute.class);
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            Function<CustomerLapse, String> valueOf = customer -> attribute.of(infoOf.apply(customer.customerKey()));
            if (customers.stream().map(valueOf).anyMatch(Objects::nonNull)) {
                tables.put(attribute, by(customers, valueOf));
            }
        }
        return tables;
    }

    static List<BreakdownRow> by(List<CustomerLapse> customers, Function<CustomerLapse, String> valueOf) {
        long allLapsed = customers.stream().filter(CustomerLapse::lapsed).count();
        Map<String, Tally> tallies = new HashMap<>();
        for (CustomerLapse customer : customers) {
            tallies.computeIfAbsent(valueOf.apply(customer), value -> new Tally()).add(customer);
        }
        List<BreakdownRow> rows = new ArrayList<>();
        tallies.forEach((value, tally) -> rows.add(tally.toRow(value, allLapsed)));
        rows.sort(Comparator.comparingLong(BreakdownRow::lapsed).reversed()
                .thenComparing(BreakdownRow::lostMonthly, Comparator.reverseOrder())
                .thenComparing(BreakdownRow::value, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(rows);
    }

    private static final class Tally {
        private long customers;
        private long lapsed;
        private BigDecimal lost = BigDecimal.ZERO;

        void add(CustomerLapse customer) {
            customers++;
            if (customer.lapsed()) {
                lapsed++;
                lost = lost.add(customer.monthlyAmountAtStake());
            }
        }

        BreakdownRow toRow(String value, long allLapsed) {
            double share = allLapsed == 0 ? 0 : (double) lapsed / allLapsed;
            return new BreakdownRow(value, customers, lapsed, share, (double) lapsed / customers, lost);
        }
    }
}
