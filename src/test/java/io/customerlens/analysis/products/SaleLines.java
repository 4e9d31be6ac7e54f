package io.customerlens.analysis.products;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds sales lines for the product and sales analysis tests. */
final class SaleLines {

    private SaleLines() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal money(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }

    /** A line: a negative amount is a return. */
    static SaleFact line(String customer, String date, String amount, String order, String quantity, String margin,
                         String product) {
        BigDecimal value = new BigDecimal(amount);
        return new SaleFact(customer, day(date), value, value.signum() < 0, order, money(quantity), money(margin),
                product);
    }

    /** A line with only customer, date, amount and product. */
    static SaleFact sale(String customer, String date, String amount, String product) {
        return line(customer, date, amount, null, null, null, product);
    }

    /** Products named by their key, each in the sub-category and category given as "key:sub:category". */
    static Map<String, ProductInfo> products(String... specs) {
        Map<String, ProductInfo> products = new HashMap<>();
        for (String spec : specs) {
            String[] parts = spec.split(":");
            products.put(parts[0], new ProductInfo(parts[0], "name-" + parts[0], part(parts, 2), part(parts, 1)));
        }
        return products;
    }

    /** Customers as "key:region:channel:type:salesperson" (blank parts are none). */
    static Map<String, CustomerInfo> customers(String... specs) {
        Map<String, CustomerInfo> customers = new HashMap<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", -1);
            customers.put(parts[0], new CustomerInfo(parts[0], "name-" + parts[0], part(parts, 3), part(parts, 1), null,
                    null, null, part(parts, 2), part(parts, 4)));
        }
        return customers;
    }

    static SalesFacts facts(List<SaleFact> lines, Map<String, ProductInfo> products) {
        return new SalesFacts(lines, products, Map.of());
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isBlank() ? parts[index] : null;
    }
}
