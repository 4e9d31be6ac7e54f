package io.customerlens.service.snapshot;

import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.products.SalesByMonth;
import io.customerlens.analysis.products.SalesExtent;
import io.customerlens.analysis.risk.CustomerTrack;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;
import io.customerlens.store.SalesLineRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.function.Function;

/**
 * Every stored line, column by column. A line is an index; its facts are made on demand ({@link #lineFact},
 * {@link #saleFact}) and not kept, so a million lines take tens of megabytes instead of the gigabyte a record per
 * line took. {@link #freeze()} puts the lines in customer order, by date within a customer (stored order within a
 * day), lines without a customer last: one customer's lines are then one run of indexes, found without a scan
 * and read from consecutive memory. Analyses go customer by customer many times over; when a customer's lines
 * were scattered over the columns in stored order, each line cost a cache miss per column, which was most of a
 * page's time at a million lines.
 */
final class SalesColumns implements SalesLineRepository.SaleConsumer {

    /** Beyond this many days between the first and the last line, dates are made on demand instead of shared. */
    private static final int MAX_SHARED_DAYS = 200_000;

    private final TextColumn customers;
    private int[] days;
    private final DecimalColumn amounts;
    private final BitSet returns = new BitSet();
    private final TextColumn orders;
    private final DecimalColumn quantities;
    private final DecimalColumn margins;
    private final TextColumn products;
    private final DecimalColumn unitPrices;
    private int size;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private LocalDate[] sharedDates;
    /** Where each customer code's lines begin once frozen; one more entry than there are codes. */
    private int[] customerStart;

    SalesColumns(int expectedLines) {
        customers = new TextColumn(expectedLines);
        days = new int[Math.max(expectedLines, 16)];
        amounts = new DecimalColumn(expectedLines);
        orders = new TextColumn(expectedLines);
        quantities = new DecimalColumn(expectedLines);
        margins = new DecimalColumn(expectedLines);
        products = new TextColumn(expectedLines);
        unitPrices = new DecimalColumn(expectedLines);
    }

    @Override
    public void accept(SaleFact fact, BigDecimal unitPrice) {
        if (customerStart != null) {
            throw new IllegalStateException("the columns are frozen");
        }
        if (size == days.length) {
            days = Arrays.copyOf(days, days.length + (days.length >> 1));
        }
        long day = fact.date().toEpochDay();
        days[size] = Math.toIntExact(day);
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
        customers.add(fact.customerKey());
        amounts.add(fact.amount());
        returns.set(size, fact.isReturn());
        orders.add(fact.orderNo());
        quantities.add(fact.quantity());
        margins.add(fact.margin());
        products.add(fact.productKey());
        unitPrices.add(unitPrice);
        size++;
    }

    /** Ends adding: trims the columns, shares the dates and puts the lines in customer order. */
    SalesColumns freeze() {
        days = Arrays.copyOf(days, size);
        customers.trim();
        amounts.trim();
        orders.trim();
        quantities.trim();
        margins.trim();
        products.trim();
        unitPrices.trim();
        if (size > 0 && lastDay - firstDay < MAX_SHARED_DAYS) {
            sharedDates = new LocalDate[(int) (lastDay - firstDay + 1)];
        }
        reorder(customerOrder());
        return this;
    }

    /**
     * The stored line indexes in customer order (a counting sort by customer code, stable, then by day within a
     * customer), lines without a customer last in stored order; sets {@link #customerStart}.
     */
    private int[] customerOrder() {
        int codes = customers.distinct();
        customerStart = new int[codes + 1];
        for (int line = 0; line < size; line++) {
            int code = customers.code(line);
            if (code != TextColumn.NONE) {
                customerStart[code + 1]++;
            }
        }
        for (int code = 0; code < codes; code++) {
            customerStart[code + 1] += customerStart[code];
        }
        int[] next = Arrays.copyOf(customerStart, codes);
        int[] order = new int[size];
        int withoutCustomer = customerStart[codes];
        for (int line = 0; line < size; line++) {
            int code = customers.code(line);
            if (code != TextColumn.NONE) {
                order[next[code]++] = line;
            } else {
                order[withoutCustomer++] = line;
            }
        }
        for (int code = 0; code < codes; code++) {
            sortByDay(order, customerStart[code], customerStart[code + 1]);
        }
        return order;
    }

    /** The columns put in {@code order}: the line at index i becomes the stored line {@code order[i]}. */
    private void reorder(int[] order) {
        int[] reorderedDays = new int[size];
        BitSet reorderedReturns = new BitSet(size);
        for (int index = 0; index < size; index++) {
            reorderedDays[index] = days[order[index]];
            reorderedReturns.set(index, returns.get(order[index]));
        }
        days = reorderedDays;
        returns.clear();
        returns.or(reorderedReturns);
        customers.reorder(order);
        amounts.reorder(order);
        orders.reorder(order);
        quantities.reorder(order);
        margins.reorder(order);
        products.reorder(order);
        unitPrices.reorder(order);
    }

    /** Sorts a customer's line indexes by day, stably, unless they already are (files usually come in order). */
    private void sortByDay(int[] byCustomer, int from, int to) {
        boolean sorted = true;
        for (int position = from + 1; position < to && sorted; position++) {
            sorted = days[byCustomer[position - 1]] <= days[byCustomer[position]];
        }
        if (sorted) {
            return;
        }
        Integer[] lines = new Integer[to - from];
        for (int position = from; position < to; position++) {
            lines[position - from] = byCustomer[position];
        }
        Arrays.sort(lines, (first, second) -> Integer.compare(days[first], days[second]));
        for (int position = from; position < to; position++) {
            byCustomer[position] = lines[position - from];
        }
    }

    /**
     * A frozen copy holding only the lines of {@code customerKeys}, each customer's lines in the order they have
     * here (by date, stored order within a day): a salesperson's share of the store without reading it again.
     */
    SalesColumns only(java.util.Collection<String> customerKeys) {
        SalesColumns share = new SalesColumns(16);
        for (String key : customerKeys) {
            for (int line : linesOf(key)) {
                share.accept(saleFact(line), unitPrices.get(line));
            }
        }
        return share.freeze();
    }

    /** The keys of every customer with a line, in natural order. */
    java.util.List<String> customerKeys() {
        java.util.List<String> keys = new java.util.ArrayList<>(customers.distinct());
        for (int code = 0; code < customers.distinct(); code++) {
            keys.add(customers.text(code));
        }
        keys.sort(null);
        return keys;
    }

    int size() {
        return size;
    }

    /** The latest line's date; empty without lines. */
    java.util.Optional<LocalDate> lastDate() {
        return size == 0 ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.ofEpochDay(lastDay));
    }

    /** The lines' first and last dates and whether any has a quantity or a margin, from the columns. */
    SalesExtent extent() {
        if (size == 0) {
            return new SalesExtent(java.util.Optional.empty(), java.util.Optional.empty(), false, false);
        }
        return new SalesExtent(java.util.Optional.of(LocalDate.ofEpochDay(firstDay)),
                java.util.Optional.of(LocalDate.ofEpochDay(lastDay)), quantities.hasValue(), margins.hasValue());
    }

    /** The indexes of the customer's lines by date, stored order within a day (empty when no line has the key). */
    int[] linesOf(String customerKey) {
        int code = customerKey == null ? TextColumn.NONE : customers.codeOf(customerKey);
        if (code == TextColumn.NONE) {
            return new int[0];
        }
        int[] lines = new int[customerStart[code + 1] - customerStart[code]];
        Arrays.setAll(lines, position -> customerStart[code] + position);
        return lines;
    }

    LocalDate date(int line) {
        int day = days[line];
        if (sharedDates == null) {
            return LocalDate.ofEpochDay(day);
        }
        int slot = (int) (day - firstDay);
        LocalDate date = sharedDates[slot];
        if (date == null) {
            date = LocalDate.ofEpochDay(day);
            sharedDates[slot] = date;
        }
        return date;
    }

    LineFact lineFact(int line) {
        return new LineFact(customers.get(line), date(line), amounts.get(line), returns.get(line), orders.get(line),
                margins.get(line));
    }

    SaleFact saleFact(int line) {
        return new SaleFact(customers.get(line), date(line), amounts.get(line), returns.get(line), orders.get(line),
                quantities.get(line), margins.get(line), products.get(line));
    }

    /** The line as the customer card lists it, with its product's name and categories. */
    CustomerSalesLine customerSalesLine(int line, Map<String, ProductInfo> productsByKey) {
        String productKey = products.get(line);
        ProductInfo product = productKey == null ? null : productsByKey.get(productKey);
        return new CustomerSalesLine(date(line), orders.get(line), productKey,
                product == null ? null : product.name(), product == null ? null : product.category(),
                product == null ? null : product.subCategory(), quantities.get(line), unitPrices.get(line),
                amounts.get(line), returns.get(line), margins.get(line));
    }

    /**
     * Every customer's lines as the lapse-risk model reads them, in customer key order: a purchase is a line that
     * is not a return and has a positive amount; an order is its order number, else its day.
     *
     * @param attributesOf    a customer's attribute values, in the model's order
     * @param categoryOf      a product key's category, or null
     */
    java.util.List<CustomerTrack> tracks(
            Function<String, java.util.List<String>> attributesOf,
            Function<String, String> categoryOf) {
        Map<String, Integer> categoryCodes = new java.util.HashMap<>();
        int[] categoryOfProduct = new int[products.distinct()];
        for (int code = 0; code < categoryOfProduct.length; code++) {
            String category = categoryOf.apply(products.text(code));
            categoryOfProduct[code] = category == null || category.isBlank()
                    ? CustomerTrack.NONE
                    : categoryCodes.computeIfAbsent(category, key -> categoryCodes.size());
        }
        java.util.List<CustomerTrack> tracks = new java.util.ArrayList<>();
        for (String key : customerKeys()) {
            var track = CustomerTrack.builder(key, attributesOf.apply(key));
            for (int line : linesOf(key)) {
                double amount = amounts.doubleValue(line);
                String order = orders.get(line);
                int product = products.code(line);
                track.add(days[line], amount, !returns.get(line) && amount > 0,
                        order == null || order.isBlank() ? "\u0000day:" + days[line] : order,
                        product, product == TextColumn.NONE ? CustomerTrack.NONE
                                : categoryOfProduct[product]);
            }
            tracks.add(track.build());
        }
        return tracks;
    }

    /**
     * Every line on or before the builder's as-of date, in index order, without making a line or a date: texts go
     * over as the columns' dictionary codes.
     */
    void feed(SalesByMonth.Builder builder) {
        builder.useCodes(customers.texts(), products.texts(), orders.notBlank());
        long lastDay = builder.lastDay();
        for (int line = 0; line < size; line++) {
            int day = days[line];
            if (day > lastDay) {
                continue;
            }
            if (amounts.isLarge(line) || amounts.isNull(line) || quantities.isLarge(line) || margins.isLarge(line)) {
                builder.addCoded(day, customers.code(line), products.code(line), orders.code(line), returns.get(line),
                        amounts.get(line), quantities.get(line), margins.get(line));
            } else {
                // The common line: its decimals go over as they are held, without a BigDecimal each.
                builder.addCoded(day, customers.code(line), products.code(line), orders.code(line), returns.get(line),
                        amounts.unscaled(line), amounts.scale(line), quantities.unscaled(line),
                        quantities.isNull(line) ? SalesByMonth.NO_VALUE : quantities.scale(line),
                        margins.unscaled(line), margins.isNull(line) ? SalesByMonth.NO_VALUE : margins.scale(line));
            }
        }
    }

    /** Every line, in index order, as a purchase history reads it. */
    void feed(PurchaseHistories.Collector collector) {
        for (int line = 0; line < size; line++) {
            collector.add(customers.get(line), date(line), amounts.get(line), returns.get(line));
        }
    }

    /** The day of the line as an epoch day, for ordering without making a date. */
    int epochDay(int line) {
        return days[line];
    }

    /** About how many bytes the columns take (for the benchmark's notes). */
    long bytes() {
        return days.length * 4L + customers.bytes() + amounts.bytes() + orders.bytes() + quantities.bytes()
                + margins.bytes() + products.bytes() + unitPrices.bytes() + returns.size() / 8
                + (customerStart == null ? 0 : customerStart.length * 4L);
    }
}
