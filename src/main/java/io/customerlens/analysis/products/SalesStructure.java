package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The share of net sales (returns included) of each value of a dimension, and how it moved between two periods. */
public final class SalesStructure {

    private static final Comparator<ShareRow> ORDER = Comparator.comparing((ShareRow row) -> row.value() == null)
            .thenComparing(ShareRow::currentSales, Comparator.reverseOrder())
            .thenComparing(ShareRow::value, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Every value with a line in either period; lines outside both periods are ignored. */
    public StructureResult analyse(SalesFacts sales, StructureDimension dimension, PeriodPair periods) {
        // No line is after the latest: when the periods are whole months up to it, the month sums give the shares.
        if (sales.lastDate().filter(last -> wholeMonths(periods, last)).isPresent()) {
            return analyse(SalesByMonth.of(sales, sales.lastDate().get()), dimension, periods);
        }
        Map<String, BigDecimal[]> sums = new HashMap<>();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (SaleFact fact : sales.facts()) {
            int slot = periods.current().contains(fact.date()) ? 0 : periods.previous().contains(fact.date()) ? 1 : -1;
            if (slot >= 0) {
                add(sums, totals, dimension.valueOf(fact, sales), slot, fact.amount());
            }
        }
        return result(sales, dimension, periods, sums, totals);
    }

    /**
     * Whether both periods are whole months for data up to {@code asOf}: each starts on a 1st and ends on a month's last day
     * or on or after the as-of date (no line is later). Only then {@link #analyse(SalesByMonth, StructureDimension,
     * PeriodPair)} gives the figures {@link #analyse(SalesFacts, StructureDimension, PeriodPair)} gives.
     */
    public static boolean wholeMonths(PeriodPair periods, LocalDate asOf) {
        return wholeMonths(periods.current(), asOf) && wholeMonths(periods.previous(), asOf);
    }

    private static boolean wholeMonths(DateSpan span, LocalDate asOf) {
        return span.from().getDayOfMonth() == 1
                && (span.to().equals(YearMonth.from(span.to()).atEndOfMonth()) || !span.to().isBefore(asOf));
    }

    /**
     * The same shares from the month sums, without the lines.
     *
     * @throws IllegalArgumentException unless the periods are {@link #wholeMonths whole months}
     */
    public StructureResult analyse(SalesByMonth months, StructureDimension dimension, PeriodPair periods) {
        if (!wholeMonths(periods, months.asOf())) {
            throw new IllegalArgumentException("the periods are not whole months: " + periods);
        }
        SalesFacts sales = months.sales();
        Map<String, BigDecimal[]> sums = new HashMap<>();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        if (!months.isEmpty()) {
            // A value comes from the product or the customer alone: each key's value is looked up once.
            Map<String, String> valueOfKey = new HashMap<>();
            for (int month = months.firstMonth(); month <= months.lastMonth(); month++) {
                int slot = slot(periods.current(), month) ? 0 : slot(periods.previous(), month) ? 1 : -1;
                if (slot < 0) {
                    continue;
                }
                Map<String, BigDecimal> byKey = dimension.isOfProduct() ? months.byProduct(month)
                        : months.byCustomer(month);
                for (Map.Entry<String, BigDecimal> cell : byKey.entrySet()) {
                    String value = valueOfKey.computeIfAbsent(Objects.requireNonNullElse(cell.getKey(), NONE),
                            key -> Objects.requireNonNullElse(dimension.isOfProduct()
                                    ? dimension.valueOfProduct(cell.getKey(), sales)
                                    : dimension.valueOfCustomer(cell.getKey(), sales), NONE));
                    add(sums, totals, NONE.equals(value) ? null : value, slot, cell.getValue());
                }
            }
        }
        return result(sales, dimension, periods, sums, totals);
    }

    /** Whether the month lies in a span of whole months. */
    private static boolean slot(DateSpan span, int month) {
        return month >= MonthIndex.of(span.from()) && month <= MonthIndex.of(span.to());
    }

    private static void add(Map<String, BigDecimal[]> sums, BigDecimal[] totals, String value, int slot,
                            BigDecimal amount) {
        BigDecimal[] own = sums.computeIfAbsent(Objects.requireNonNullElse(value, NONE),
                key -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        own[slot] = own[slot].add(amount);
        totals[slot] = totals[slot].add(amount);
    }

    private static StructureResult result(SalesFacts sales, StructureDimension dimension, PeriodPair periods,
                                          Map<String, BigDecimal[]> sums, BigDecimal[] totals) {
        List<ShareRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, own) -> {
            String value = NONE.equals(key) ? null : key;
            BigDecimal current = share(own[0], totals[0]);
            BigDecimal previous = share(own[1], totals[1]);
            rows.add(new ShareRow(value, dimension.labelOf(value, sales), own[0], own[1], current, previous,
                    current == null || previous == null ? null : current.subtract(previous)));
        });
        rows.sort(ORDER);
        return new StructureResult(dimension, periods, totals[0], totals[1], rows);
    }

    /** A map key for "no value" that no real value can equal (values are never empty strings: blank is none). */
    private static final String NONE = "";

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() <= 0 ? null : part.divide(total, BcgAnalysis.PRECISION);
    }
}
