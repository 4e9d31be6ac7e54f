package io.customerlens.report;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerSummary;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes customers.csv: one row per customer with a purchase, sorted by key, ISO dates, amounts with at
 * least two decimals, then the customer's lapse figures for the window N, segments, risk and, last, the contact
 * ({@link CsvFile} conventions).
 */
public final class CustomersCsv {

    /** customers.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "customers" + CsvFile.EXTENSION;
    /** The lapse columns after days_since_last: risk is ok, at_risk or lapsed; unknown cadence leaves three empty. */
    public static final List<String> HEADER = List.of("customer_key", "customer_name", "first_purchase",
            "last_purchase", "orders", "net_amount", "days_since_last",
            "idle_months", "lapsed", "typical_interval_days", "next_due", "overdue_days", "risk",
            "rfm_segment", "r_score", "f_score", "m_score", "value_tier", "key_account_tier", "lifecycle",
            "p_lapse", "value_12m", "value_at_risk", "phone", "contact_person", "address", "wechat");

    /**
     * @param customers  the customers' figures; every one must have its lapse figures in {@code lapses}
     * @param namesByKey the customer's name by key; a customer without one gets an empty name
     * @param lapses     the same customers' lapse figures, joined by key
     * @param segments   the customers' segments by key; a customer without an entry gets empty columns
     * @param risks      the customers' lapse risk and value by key; likewise
     * @return the file written, {@code folder/customers.csv}
     * @throws IllegalArgumentException when a customer has no lapse figures
     */
    public Path write(Path folder, Collection<CustomerSummary> customers, Map<String, String> namesByKey,
                      Collection<CustomerLapse> lapses, Map<String, SegmentColumns> segments,
                      Map<String, RiskColumns> risks) throws IOException {
        return write(folder, customers, namesByKey, lapses, segments, risks, Map.of());
    }

    /**
     * The same with the customers' contacts in the last four columns (phone as text, as written); a customer
     * without one gets them empty.
     */
    public Path write(Path folder, Collection<CustomerSummary> customers, Map<String, String> namesByKey,
                      Collection<CustomerLapse> lapses, Map<String, SegmentColumns> segments,
                      Map<String, RiskColumns> risks, Map<String, Contact> contacts) throws IOException {
        Map<String, CustomerLapse> lapseByKey = byKey(lapses);
        List<CustomerSummary> sorted = customers.stream().sorted(Comparator.comparing(CustomerSummary::customerKey)).toList();
        for (CustomerSummary customer : sorted) {
            if (!lapseByKey.containsKey(customer.customerKey())) {
                throw new IllegalArgumentException("no lapse figures for customer " + customer.customerKey());
            }
        }
        return CsvFile.write(folder, FILE_NAME, HEADER, rows -> {
            for (CustomerSummary customer : sorted) {
                CustomerLapse lapse = lapseByKey.get(customer.customerKey());
                CsvRecord record = new CsvRecord().text(customer.customerKey())
                        .text(namesByKey.get(customer.customerKey()))
                        .date(customer.firstPurchase()).date(customer.lastPurchase()).number(customer.orders())
                        .number(CsvNumbers.money(customer.netAmount())).number(customer.daysSinceLast())
                        .number(lapse.idleMonths()).flag(lapse.lapsed()).number(days(lapse.cadence().typicalDays()))
                        .date(lapse.nextDue().orElse(null)).number(integer(lapse.overdueDays()))
                        .text(lapse.risk().name().toLowerCase(Locale.ROOT));
                withSegments(record, segments.getOrDefault(customer.customerKey(), SegmentColumns.NONE));
                withRisk(record, risks.getOrDefault(customer.customerKey(), RiskColumns.NONE));
                rows.add(withContact(record, contacts.getOrDefault(customer.customerKey(), Contact.EMPTY)));
            }
        });
    }

    /** rfm_segment … lifecycle: codes as the issue names them, the scores as numbers, empty where unknown. */
    private static CsvRecord withSegments(CsvRecord record, SegmentColumns columns) {
        CustomerRfm rfm = columns.rfm();
        return record.text(rfm == null ? null : rfm.segment().code())
                .number(rfm == null ? null : rfm.rScore())
                .number(rfm == null ? null : rfm.fScore())
                .number(rfm == null ? null : rfm.mScore())
                .text(columns.valueTier() == null ? null : columns.valueTier().name())
                .text(columns.keyAccountTier() == null ? null : columns.keyAccountTier().code())
                .text(columns.lifecycle() == null ? null : columns.lifecycle().code());
    }

    /** p_lapse with four decimals (0.7231), the amounts as money; empty where unknown. */
    private static CsvRecord withRisk(CsvRecord record, RiskColumns columns) {
        return record.number(columns.lapseProbability() == null ? null
                        : BigDecimal.valueOf(columns.lapseProbability()).setScale(4, RoundingMode.HALF_UP).toPlainString())
                .number(columns.value12m() == null ? null : CsvNumbers.money(columns.value12m()))
                .number(columns.valueAtRisk() == null ? null : CsvNumbers.money(columns.valueAtRisk()));
    }

    /** phone, contact_person, address, wechat: text as kept (a phone's leading zero and +86 stay). */
    private static CsvRecord withContact(CsvRecord record, Contact contact) {
        return record.text(contact.phone()).text(contact.contactPerson()).text(contact.address()).text(contact.wechat());
    }

    private static Map<String, CustomerLapse> byKey(Collection<CustomerLapse> lapses) {
        Map<String, CustomerLapse> byKey = new HashMap<>(lapses.size() * 2);
        for (CustomerLapse lapse : lapses) {
            byKey.put(lapse.customerKey(), lapse);
        }
        return byKey;
    }

    /** One decimal, half up (30.5, 7.0); empty when unknown. */
    private static String days(Double days) {
        return days == null ? "" : BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String integer(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
