package io.customerlens.analysis.risk;

import io.customerlens.analysis.value.RepeatSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's lines reduced to what the lapse-risk model reads, column by column and by date: a million
 * lines take tens of megabytes, and the facts at any cut-off are found by binary search
 * ({@link TrackFacts#at}). Lines after a cut-off are never read for that cut-off.
 */
public final class CustomerTrack {

    /** No product or category on the line. */
    public static final int NONE = -1;

    private final String customerKey;
    private final List<String> attributes;
    private final int[] days;
    private final double[] amounts;
    private final boolean[] purchases;
    private final int[] orders;
    private final int[] products;
    private final int[] categories;
    /** Each line's calendar month as year × 12 + month − 1, so facts at a cut-off make no dates. */
    private final int[] months;
    private final int orderCount;
    /** The distinct days with a purchase, ascending. */
    private final int[] purchaseDays;
    /** The day each order first had a purchase line, ascending: orders known by a cut-off are found by search. */
    private final int[] orderFirstDays;
    /** The purchase amount of the lines before each line (one more entry than lines). */
    private final double[] purchasedBefore;

    private CustomerTrack(Builder builder) {
        this.customerKey = builder.customerKey;
        this.attributes = builder.attributes;
        this.days = Arrays.copyOf(builder.days, builder.size);
        this.amounts = Arrays.copyOf(builder.amounts, builder.size);
        this.purchases = Arrays.copyOf(builder.purchases, builder.size);
        this.orders = Arrays.copyOf(builder.orders, builder.size);
        this.products = Arrays.copyOf(builder.products, builder.size);
        this.categories = Arrays.copyOf(builder.categories, builder.size);
        this.months = new int[days.length];
        for (int line = 0; line < days.length; line++) {
            months[line] = line > 0 && days[line] == days[line - 1] ? months[line - 1] : monthIndex(days[line]);
        }
        this.orderCount = builder.orderCodes.size();
        this.purchaseDays = distinctPurchaseDays();
        this.orderFirstDays = orderFirstDays();
        this.purchasedBefore = new double[days.length + 1];
        for (int line = 0; line < days.length; line++) {
            purchasedBefore[line + 1] = purchasedBefore[line] + (purchases[line] ? amounts[line] : 0);
        }
    }

    /**
     * @param attributes the customer's attribute values in the order the model's {@link FeatureSpace} names them
     *                   (null where the customer has none)
     */
    public static Builder builder(String customerKey, List<String> attributes) {
        return new Builder(customerKey, attributes);
    }

    public String customerKey() {
        return customerKey;
    }

    /** The customer's value of attribute {@code index}, or null. */
    public String attribute(int index) {
        return index < attributes.size() ? attributes.get(index) : null;
    }

    public int lineCount() {
        return days.length;
    }

    int day(int line) {
        return days[line];
    }

    double amount(int line) {
        return amounts[line];
    }

    boolean isPurchase(int line) {
        return purchases[line];
    }

    int order(int line) {
        return orders[line];
    }

    int product(int line) {
        return products[line];
    }

    int category(int line) {
        return categories[line];
    }

    int month(int line) {
        return months[line];
    }

    /** An epoch day's calendar month as year × 12 + month − 1. */
    static int monthIndex(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    int orderCount() {
        return orderCount;
    }

    /** How many lines fall on or before {@code day}. */
    int linesUpTo(int day) {
        return upperBound(days, days.length, day);
    }

    /** The purchase amount (returns not subtracted) of the first {@code lines} lines. */
    double purchasedUpTo(int lines) {
        return purchasedBefore[lines];
    }

    /** How many purchase days fall on or before {@code day}. */
    int purchaseDaysUpTo(int day) {
        return upperBound(purchaseDays, purchaseDays.length, day);
    }

    int purchaseDay(int index) {
        return purchaseDays[index];
    }

    /** How many orders had a purchase line on or before {@code day}. */
    int ordersUpTo(int day) {
        return upperBound(orderFirstDays, orderFirstDays.length, day);
    }

    /** The distinct days with a purchase on or before {@code asOf}, ascending, as epoch days. */
    public int[] purchaseDaysOnOrBefore(LocalDate asOf) {
        return Arrays.copyOf(purchaseDays, purchaseDaysUpTo(Math.toIntExact(asOf.toEpochDay())));
    }

    /**
     * The net amount of every line on each of {@link #purchaseDaysOnOrBefore} (a return on a purchase day lowers
     * it; returns on other days are not counted): what one purchase occasion was worth, for the value model.
     */
    public double[] netOfPurchaseDays(LocalDate asOf) {
        int[] days = purchaseDaysOnOrBefore(asOf);
        double[] net = new double[days.length];
        int line = 0;
        for (int i = 0; i < days.length; i++) {
            while (this.days[line] < days[i]) {
                line++;
            }
            while (line < this.days.length && this.days[line] == days[i]) {
                net[i] += amounts[line++];
            }
        }
        return net;
    }

    /** The net amount of the lines after {@code after} and on or before {@code until} (returns included). */
    public double netBetween(LocalDate after, LocalDate until) {
        int from = linesUpTo(Math.toIntExact(after.toEpochDay()));
        int to = linesUpTo(Math.toIntExact(until.toEpochDay()));
        double net = 0;
        for (int line = from; line < to; line++) {
            net += amounts[line];
        }
        return net;
    }

    /**
     * What the value models read of this customer at {@code asOf} (purchase days and what each brought); empty when
     * the customer had not bought by then.
     */
    public Optional<RepeatSummary> repeatSummary(LocalDate asOf) {
        int[] days = purchaseDaysOnOrBefore(asOf);
        return days.length == 0 ? Optional.empty()
                : Optional.of(RepeatSummary.of(customerKey, days,
                        netOfPurchaseDays(asOf), Math.toIntExact(asOf.toEpochDay())));
    }

    /** Whether the customer bought after {@code afterDay} and on or before {@code untilDay}. */
    public boolean boughtBetween(int afterDay, int untilDay) {
        int from = upperBound(purchaseDays, purchaseDays.length, afterDay);
        return from < purchaseDays.length && purchaseDays[from] <= untilDay;
    }

    /** The number of elements of {@code values[0, size)} (ascending) that are ≤ {@code key}. */
    static int upperBound(int[] values, int size, int key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] <= key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int[] distinctPurchaseDays() {
        int[] distinct = new int[days.length];
        int count = 0;
        for (int line = 0; line < days.length; line++) {
            if (purchases[line] && (count == 0 || distinct[count - 1] != days[line])) {
                distinct[count++] = days[line];
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    private int[] orderFirstDays() {
        int[] first = new int[orderCount];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int line = 0; line < days.length; line++) {
            if (purchases[line] && orders[line] != NONE) {
                first[orders[line]] = Math.min(first[orders[line]], days[line]);
            }
        }
        return Arrays.stream(first).filter(day -> day != Integer.MAX_VALUE).sorted().toArray();
    }

    /** Collects one customer's lines; they must come by date (ties in any order). */
    public static final class Builder {

        private final String customerKey;
        private final List<String> attributes;
        private final Map<String, Integer> orderCodes = new HashMap<>();
        private int[] days = new int[16];
        private double[] amounts = new double[16];
        private boolean[] purchases = new boolean[16];
        private int[] orders = new int[16];
        private int[] products = new int[16];
        private int[] categories = new int[16];
        private int size;

        private Builder(String customerKey, List<String> attributes) {
            this.customerKey = customerKey;
            this.attributes = Collections.unmodifiableList(new ArrayList<>(attributes.stream()
                    .map(value -> value == null || value.isBlank() ? null : value).toList()));
        }

        /**
         * @param epochDay  the line's date
         * @param amount    its signed net amount (returns negative)
         * @param purchase  whether it is a purchase (not a return, amount above zero)
         * @param orderKey  its order: the order number, or anything that names its day when there is none
         * @param product   the product's code in the store's dense numbering, or {@link #NONE}
         * @param category  the product category's code, or {@link #NONE}
         */
        public Builder add(int epochDay, double amount, boolean purchase, String orderKey, int product, int category) {
            if (size > 0 && epochDay < days[size - 1]) {
                throw new IllegalArgumentException("lines must come by date: " + customerKey);
            }
            if (size == days.length) {
                int capacity = size + (size >> 1);
                days = Arrays.copyOf(days, capacity);
                amounts = Arrays.copyOf(amounts, capacity);
                purchases = Arrays.copyOf(purchases, capacity);
                orders = Arrays.copyOf(orders, capacity);
                products = Arrays.copyOf(products, capacity);
                categories = Arrays.copyOf(categories, capacity);
            }
            days[size] = epochDay;
            amounts[size] = amount;
            purchases[size] = purchase;
            orders[size] = purchase ? orderCodes.computeIfAbsent(orderKey, key -> orderCodes.size()) : NONE;
            products[size] = product;
            categories[size] = category;
            size++;
            return this;
        }

        public CustomerTrack build() {
            return new CustomerTrack(this);
        }
    }
}
