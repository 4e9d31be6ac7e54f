package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lines on or before an as-of date summed per calendar month: each month's KPI sums ({@link PeriodSums}) and
 * its net sales by customer and by product. Home's KPIs, structure and anomalies read these few thousand cells
 * instead of passing over every line each; the cells are made in one pass, from the analysis snapshot's columns
 * or from lines ({@link #of}). Sums of decimals are exact, so a figure made from the cells equals the one made
 * line by line, in value and scale.
 */
public final class SalesByMonth {

    /** The scale that marks a missing quantity or margin in {@link Builder#add(int, String, String, String, boolean, long, int, long, int, long, int)}. */
    public static final int NO_VALUE = ExactSum.NO_VALUE;

    /** The code of a missing customer, product or order number in a coded line ({@link Builder#useCodes}). */
    public static final int NO_CODE = -1;

    private final SalesFacts sales;
    private final LocalDate asOf;
    /** The month index of {@code months[0]}. */
    private final int firstMonth;
    private final Month[] months;

    private SalesByMonth(SalesFacts sales, LocalDate asOf, int firstMonth, Month[] months) {
        this.sales = sales;
        this.asOf = asOf;
        this.firstMonth = firstMonth;
        this.months = months;
    }

    /** The lines of {@code sales} on or before {@code asOf}, summed per month. */
    public static SalesByMonth of(SalesFacts sales, LocalDate asOf) {
        Builder builder = new Builder(sales, asOf);
        for (SaleFact fact : sales.facts()) {
            builder.add(Math.toIntExact(fact.date().toEpochDay()), fact.customerKey(), fact.productKey(),
                    fact.orderNo(), fact.isReturn(), fact.amount(), fact.quantity(), fact.margin());
        }
        return builder.build();
    }

    /** The lines' products and customers (their names, categories, attributes) and extent. */
    public SalesFacts sales() {
        return sales;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Whether no line is on or before the as-of date. */
    public boolean isEmpty() {
        return months.length == 0;
    }

    /** The month index of the earliest line on or before the as-of date (undefined when empty). */
    int firstMonth() {
        return firstMonth;
    }

    /** The as-of date's month index (undefined when empty). */
    int lastMonth() {
        return firstMonth + months.length - 1;
    }

    /** The month's KPI sums; empty ones outside the lines' months. */
    PeriodSums sums(int month) {
        Month own = month(month);
        return own == null ? new PeriodSums() : own.sums;
    }

    /** The month's net sales (returns included); zero outside the lines' months. */
    BigDecimal net(int month) {
        return sums(month).net.value();
    }

    /** The month's net sales by customer key (the null key: lines without a customer). */
    Map<String, BigDecimal> byCustomer(int month) {
        Month own = month(month);
        return own == null ? Map.of() : Collections.unmodifiableMap(own.byCustomer);
    }

    /** The month's net sales by product key (the null key: lines without a product). */
    Map<String, BigDecimal> byProduct(int month) {
        Month own = month(month);
        return own == null ? Map.of() : Collections.unmodifiableMap(own.byProduct);
    }

    /** The dimensions some line has a value for, in their order ({@link SalesFacts#dimensionsWithValues()}). */
    public List<StructureDimension> dimensionsWithValues() {
        Set<String> productKeys = new HashSet<>();
        Set<String> customerKeys = new HashSet<>();
        for (Month month : months) {
            productKeys.addAll(month.byProduct.keySet());
            customerKeys.addAll(month.byCustomer.keySet());
        }
        return sales.dimensionsWithValues(productKeys, customerKeys);
    }

    private Month month(int month) {
        int slot = month - firstMonth;
        return slot < 0 || slot >= months.length ? null : months[slot];
    }

    /** Where the lines are: pushes every line of the data into a builder (lines after its as-of date are dropped). */
    @FunctionalInterface
    public interface Lines {
        void feed(Builder builder);
    }

    /** Sums lines one at a time; lines after the as-of date are ignored. */
    public static final class Builder {

        private final SalesFacts sales;
        private final LocalDate asOf;
        private final long lastDay;
        private final int firstMonth;
        private final Month[] months;
        /** The first day of the first month, and each day's month slot from it to the as-of date: no date per line. */
        private final long firstMonthDay;
        private final int[] slotOfDay;
        private Month lastMonth;
        private String lastCustomer;
        private ExactSum lastCustomerCell;
        /** The coded way ({@link #useCodes}): the dictionaries, and which order codes are numbers (not blank). */
        private List<String> customerKeys;
        private List<String> productKeys;
        private int productCodes;
        private BitSet numberedOrders;
        private int lastCustomerCode = NO_CODE;
        /** One line's values, reused from line to line. */
        private final ExactSum lineAmount = new ExactSum();
        private final ExactSum lineQuantity = new ExactSum();
        private final ExactSum lineMargin = new ExactSum();

        /**
         * @param sales the lines' products, customers and extent: the months run from the month of its earliest
         *              line on or before {@code asOf} to the month of {@code asOf}
         */
        public Builder(SalesFacts sales, LocalDate asOf) {
            this.sales = sales;
            this.asOf = asOf;
            this.lastDay = asOf.toEpochDay();
            var first = sales.firstDate().filter(date -> !date.isAfter(asOf));
            this.firstMonth = first.map(MonthIndex::of).orElse(0);
            this.months = new Month[first.map(date -> MonthIndex.of(asOf) - MonthIndex.of(date) + 1).orElse(0)];
            for (int slot = 0; slot < months.length; slot++) {
                months[slot] = new Month();
            }
            this.firstMonthDay = months.length == 0 ? lastDay + 1
                    : MonthIndex.toYearMonth(firstMonth).atDay(1).toEpochDay();
            this.slotOfDay = new int[Math.toIntExact(lastDay - firstMonthDay + 1)];
            for (int slot = 0; slot < months.length; slot++) {
                var month = MonthIndex.toYearMonth(firstMonth + slot);
                long from = month.atDay(1).toEpochDay() - firstMonthDay;
                long to = Math.min(month.atEndOfMonth().toEpochDay(), lastDay) - firstMonthDay;
                Arrays.fill(slotOfDay, (int) from, (int) to + 1, slot);
            }
        }

        /**
         * Lines will come by dense codes (0, 1, … into these lists, {@link #NO_CODE} for none) instead of texts:
         * a column store's dictionaries. The figures are those of the same lines given by texts; a builder takes
         * lines one way only.
         */
        public Builder useCodes(List<String> customerKeys, List<String> productKeys, List<String> orderNos) {
            BitSet numbered = new BitSet(orderNos.size());
            for (int code = 0; code < orderNos.size(); code++) {
                String orderNo = orderNos.get(code);
                numbered.set(code, orderNo != null && !orderNo.isBlank());
            }
            return useCodes(customerKeys, productKeys, numbered);
        }

        /**
         * As {@link #useCodes(List, List, List)}, with the order codes whose number is there and not blank given
         * (a column store knows them from when it was made; the others count as their customer and day).
         */
        public Builder useCodes(List<String> customerKeys, List<String> productKeys, BitSet numberedOrders) {
            if (lastMonth != null) {
                throw new IllegalStateException("lines were already added by text");
            }
            this.customerKeys = customerKeys;
            this.productKeys = productKeys;
            this.productCodes = productKeys.size();
            this.numberedOrders = (BitSet) numberedOrders.clone();
            return this;
        }

        /** The latest epoch day a line may have to count: a caller can skip later lines without making them. */
        public long lastDay() {
            return lastDay;
        }

        /**
         * Adds one line; quantity and margin may be null.
         *
         * @throws IllegalArgumentException for a line on or before the as-of date but before the data's first date
         */
        public void add(int epochDay, String customerKey, String productKey, String orderNo, boolean isReturn,
                        BigDecimal amount, BigDecimal quantity, BigDecimal margin) {
            add(epochDay, customerKey, productKey, orderNo, isReturn, new ExactSum().set(amount),
                    quantity == null ? null : new ExactSum().set(quantity),
                    margin == null ? null : new ExactSum().set(margin));
        }

        /**
         * Adds one line whose decimals are held as unscaled longs and scales (a column store's), without making a
         * BigDecimal: each value is unscaled × 10^−scale; {@link #NO_VALUE} as the scale of a missing quantity or
         * margin.
         *
         * @throws IllegalArgumentException for a line on or before the as-of date but before the data's first date
         */
        public void add(int epochDay, String customerKey, String productKey, String orderNo, boolean isReturn,
                        long amount, int amountScale, long quantity, int quantityScale, long margin,
                        int marginScale) {
            add(epochDay, customerKey, productKey, orderNo, isReturn, lineAmount.set(amount, amountScale),
                    quantityScale == NO_VALUE ? null : lineQuantity.set(quantity, quantityScale),
                    marginScale == NO_VALUE ? null : lineMargin.set(margin, marginScale));
        }

        /**
         * Adds one line by codes ({@link #useCodes}) whose decimals are held as unscaled longs and scales, like
         * {@link #add(int, String, String, String, boolean, long, int, long, int, long, int)}.
         */
        public void addCoded(int epochDay, int customerCode, int productCode, int orderCode, boolean isReturn,
                             long amount, int amountScale, long quantity, int quantityScale, long margin,
                             int marginScale) {
            addCoded(epochDay, customerCode, productCode, orderCode, isReturn, lineAmount.set(amount, amountScale),
                    quantityScale == NO_VALUE ? null : lineQuantity.set(quantity, quantityScale),
                    marginScale == NO_VALUE ? null : lineMargin.set(margin, marginScale));
        }

        /** Adds one line by codes ({@link #useCodes}); quantity and margin may be null. */
        public void addCoded(int epochDay, int customerCode, int productCode, int orderCode, boolean isReturn,
                             BigDecimal amount, BigDecimal quantity, BigDecimal margin) {
            addCoded(epochDay, customerCode, productCode, orderCode, isReturn, new ExactSum().set(amount),
                    quantity == null ? null : new ExactSum().set(quantity),
                    margin == null ? null : new ExactSum().set(margin));
        }

        private void addCoded(int epochDay, int customerCode, int productCode, int orderCode, boolean isReturn,
                              ExactSum amount, ExactSum quantity, ExactSum margin) {
            if (customerKeys == null) {
                throw new IllegalStateException("useCodes was not called");
            }
            Month month = monthOf(epochDay);
            if (month == null) {
                return;
            }
            month.sums.addCoded(customerCode, epochDay, amount, isReturn, orderCode,
                    orderCode != NO_CODE && numberedOrders.get(orderCode), quantity, margin);
            if (lastCustomerCell == null || customerCode != lastCustomerCode) {
                lastCustomerCode = customerCode;
                lastCustomerCell = month.byCustomerCells.computeIfAbsent(
                        customerCode == NO_CODE ? null : customerKeys.get(customerCode), key -> new ExactSum());
            }
            lastCustomerCell.add(amount);
            month.productCell(productCode, productCodes).add(amount);
        }

        /** The line's month, null for a line after the as-of date; resets the customer cell in hand on a new month. */
        private Month monthOf(int epochDay) {
            if (epochDay > lastDay) {
                return null;
            }
            long offset = epochDay - firstMonthDay;
            if (offset < 0) {
                throw new IllegalArgumentException("a line of " + LocalDate.ofEpochDay(epochDay)
                        + " lies before the data's first date");
            }
            Month month = months[slotOfDay[(int) offset]];
            if (month != lastMonth) {
                lastMonth = month;
                lastCustomer = null;
                lastCustomerCell = null;
            }
            return month;
        }

        private void add(int epochDay, String customerKey, String productKey, String orderNo, boolean isReturn,
                         ExactSum amount, ExactSum quantity, ExactSum margin) {
            if (customerKeys != null) {
                throw new IllegalStateException("lines come by codes (useCodes)");
            }
            Month month = monthOf(epochDay);
            if (month == null) {
                return;
            }
            month.sums.add(customerKey, epochDay, amount, isReturn, orderNo, quantity, margin);
            if (lastCustomerCell == null || !Objects.equals(customerKey, lastCustomer)) {
                lastCustomer = customerKey;
                lastCustomerCell = month.byCustomerCells.computeIfAbsent(customerKey, key -> new ExactSum());
            }
            lastCustomerCell.add(amount);
            month.byProductCells.computeIfAbsent(productKey, key -> new ExactSum()).add(amount);
        }

        public SalesByMonth build() {
            for (Month month : months) {
                month.close(productKeys);
            }
            return new SalesByMonth(sales, asOf, firstMonth, months);
        }
    }

    /** One month's sums. */
    private static final class Month {
        final PeriodSums sums = new PeriodSums();
        Map<String, ExactSum> byCustomerCells = new HashMap<>();
        Map<String, ExactSum> byProductCells = new HashMap<>();
        /** The coded way: the cell of product code c at c + 1, of lines without a product at 0; made on first use. */
        ExactSum[] productCodeCells;
        Map<String, BigDecimal> byCustomer;
        Map<String, BigDecimal> byProduct;

        ExactSum productCell(int productCode, int productCodes) {
            if (productCodeCells == null) {
                productCodeCells = new ExactSum[productCodes + 1];
            }
            ExactSum cell = productCodeCells[productCode + 1];
            if (cell == null) {
                cell = new ExactSum();
                productCodeCells[productCode + 1] = cell;
            }
            return cell;
        }

        /** Ends adding: keeps the sums, drops the running cells (coded cells become cells by product key). */
        void close(List<String> productKeys) {
            if (productCodeCells != null) {
                for (int slot = 0; slot < productCodeCells.length; slot++) {
                    if (productCodeCells[slot] != null) {
                        byProductCells.put(slot == 0 ? null : productKeys.get(slot - 1), productCodeCells[slot]);
                    }
                }
                productCodeCells = null;
            }
            byCustomer = values(byCustomerCells);
            byProduct = values(byProductCells);
            byCustomerCells = null;
            byProductCells = null;
        }

        private static Map<String, BigDecimal> values(Map<String, ExactSum> cells) {
            Map<String, BigDecimal> values = new HashMap<>(cells.size() * 2);
            cells.forEach((key, cell) -> values.put(key, cell.value()));
            return values;
        }
    }
}
