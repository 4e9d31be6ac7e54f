package io.customerlens.report;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.domain.CustomerSummary;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Writes customers.csv: one row per customer with a purchase, sorted by key, ISO dates, amounts with at
 * least two decimals, then the customer's lapse figures for the window N ({@link CsvFile} conventions).
 */
public final class CustomersCsv {

    /** customers.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "customers" + CsvFile.EXTENSION;
    /** The lapse columns after days_since_last: risk is ok, at_risk or lapsed; unknown cadence leaves three empty. */
    public static final List<String> HEADER = List.of("customer_key", "customer_name", "first_purchase",
            "last_purchase", "orders", "net_amount", "days_since_last",
            "idle_months", "lapsed", "typical_interval_days", "next_due", "overdue_days", "risk",
            "rfm_segment", "r_score", "f_score", "m_score", "value_tier", "key_account_tier", "lifecycle");

    /**
     * @param customers  the customers' figures; every one must have its lapse figures in {@code lapses}
     * @param namesByKey the customer's name by key; a customer without one gets an empty name
     * @param lapses     the same customers' lapse figures, joined by key
     * @param segments   the customers' segments by key; a customer without an entry gets empty columns
     * @return the file written, {@code folder/customers.csv}
     * @throws IllegalArgumentException when a customer has no lapse figures
     */
    public Path write(Path folder, Collection<CustomerSummary> customers, Map<String, String> namesByKey,
                      Collection<CustomerLapse> lapses, Map<String, SegmentColumns> segments) throws IOException {
        Map<String, CustomerLapse> lapseByKey = byKey(lapses);
        List<CustomerSummary> sorted = customers.stream().sorted(Comparator.comparing(CustomerSummary::customerKey)).toList();
        for (CustomerSummary customer : sorted) {
            if (!lapseByKey.containsKey(customer.customerKey())) {
                throw new IllegalArgumentException("no lapse figures for customer " + customer.customerKey());
            }
        }
        return CsvFile.write(folder, FILE_NAME, HEADER, printer -> {
            for (CustomerSummary customer : sorted) {
                CustomerLapse lapse = lapseByKey.get(customer.customerKey());
                List<Object> cells = new ArrayList<>(List.of(customer.customerKey(),
                        Objects.requireNonNullElse(namesByKey.get(customer.customerKey()), ""),
                        customer.firstPurchase(), customer.lastPurchase(), customer.orders(),
                        money(customer.netAmount()), customer.daysSinceLast(),
                        lapse.idleMonths(), lapse.lapsed(), days(lapse.cadence().typicalDays()),
                        lapse.nextDue().map(Object::toString).orElse(""), integer(lapse.overdueDays()),
                        lapse.risk().name().toLowerCase(Locale.ROOT)));
                cells.addAll(segmentValues(segments.getOrDefault(customer.customerKey(), SegmentColumns.NONE)));
                printer.printRecord(cells);
            }
        });
    }

    /** rfm_segment … lifecycle: codes as the issue names them, empty where unknown. */
    static List<String> segmentValues(SegmentColumns columns) {
        CustomerRfm rfm = columns.rfm();
        return List.of(rfm == null ? "" : rfm.segment().code(),
                rfm == null ? "" : Integer.toString(rfm.rScore()),
                rfm == null ? "" : Integer.toString(rfm.fScore()),
                rfm == null ? "" : Integer.toString(rfm.mScore()),
                columns.valueTier() == null ? "" : columns.valueTier().name(),
                columns.keyAccountTier() == null ? "" : columns.keyAccountTier().code(),
                columns.lifecycle() == null ? "" : columns.lifecycle().code());
    }

    private static Map<String, CustomerLapse> byKey(Collection<CustomerLapse> lapses) {
        Map<String, CustomerLapse> byKey = new HashMap<>(lapses.size() * 2);
        for (CustomerLapse lapse : lapses) {
            byKey.put(lapse.customerKey(), lapse);
        }
        return byKey;
    }

    private static String money(BigDecimal amount) {
        return CsvNumbers.money(amount);
    }

    /** One decimal, half up (30.5, 7.0); empty when unknown. */
    private static String days(Double days) {
        return days == null ? "" : BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String integer(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
