package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sales KPIs per period: net sales, quantity, orders, active customers, average order value, gross margin and
 * margin rate, each with its growth against the period before (MoM) and the same period a year earlier (YoY).
 */
public final class SalesKpis {

    /** @param asOf lines after it are ignored; the last row is the period holding it */
    public KpiSeries analyse(SalesFacts sales, LocalDate asOf, KpiGranularity granularity) {
        // The earliest line on or before asOf is the earliest line, unless every line is after asOf.
        Optional<LocalDate> first = sales.firstDate().filter(date -> !date.isAfter(asOf));
        if (first.isEmpty()) {
            return new KpiSeries(granularity, asOf, List.of());
        }
        if (granularity == KpiGranularity.MONTH) {
            return monthly(SalesByMonth.of(sales, asOf));
        }
        Map<LocalDate, PeriodSums> sums = new HashMap<>();
        // Lines come customer by customer, by date: the period of the line before is usually this line's too.
        LocalDate lastDate = null;
        PeriodSums lastSums = null;
        for (SaleFact fact : sales.facts()) {
            LocalDate date = fact.date();
            if (date.isAfter(asOf)) {
                continue;
            }
            if (!date.equals(lastDate)) {
                lastDate = date;
                lastSums = sums.computeIfAbsent(granularity.startOf(date), start -> new PeriodSums());
            }
            lastSums.add(fact.customerKey(), Math.toIntExact(date.toEpochDay()), fact.amount(), fact.isReturn(),
                    fact.orderNo(), fact.quantity(), fact.margin());
        }
        return series(granularity, asOf, first.get(), sums, sales.hasQuantity(), sales.hasMargin());
    }

    /** Sales KPIs per month from the month sums: the same figures as {@link #analyse} with months, without the lines. */
    public KpiSeries monthly(SalesByMonth months) {
        LocalDate asOf = months.asOf();
        if (months.isEmpty()) {
            return new KpiSeries(KpiGranularity.MONTH, asOf, List.of());
        }
        Map<LocalDate, PeriodSums> sums = new HashMap<>();
        for (int month = months.firstMonth(); month <= months.lastMonth(); month++) {
            sums.put(MonthIndex.toYearMonth(month).atDay(1), months.sums(month));
        }
        LocalDate first = months.sales().firstDate().orElseThrow();
        return series(KpiGranularity.MONTH, asOf, first, sums, months.sales().hasQuantity(), months.sales().hasMargin());
    }

    private static KpiSeries series(KpiGranularity granularity, LocalDate asOf, LocalDate firstDate,
                                    Map<LocalDate, PeriodSums> sums, boolean hasQuantity, boolean hasMargin) {
        LocalDate firstStart = granularity.startOf(firstDate);
        LocalDate lastStart = granularity.startOf(asOf);
        Map<LocalDate, Figures> figures = new HashMap<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = firstStart; !start.isAfter(lastStart); start = granularity.next(start)) {
            starts.add(start);
            figures.put(start, figures(sums.getOrDefault(start, new PeriodSums()), hasQuantity, hasMargin));
        }
        List<KpiRow> rows = new ArrayList<>(starts.size());
        for (LocalDate start : starts) {
            LocalDate end = granularity.next(start).minusDays(1);
            Figures own = figures.get(start);
            rows.add(new KpiRow(start, end, granularity.label(start), !end.isAfter(asOf), own.netSales, own.quantity,
                    own.orders, own.customers, own.avgOrderValue(), own.margin, own.marginRate(),
                    growths(own, granularity.previous(start), firstStart, figures),
                    growths(own, granularity.yearAgo(start), firstStart, figures)));
        }
        return new KpiSeries(granularity, asOf, rows);
    }

    private static Map<KpiMeasure, Growth> growths(Figures own, LocalDate earlierStart, LocalDate firstStart,
                                                   Map<LocalDate, Figures> figures) {
        Map<KpiMeasure, Growth> growths = new EnumMap<>(KpiMeasure.class);
        Figures earlier = earlierStart.isBefore(firstStart) ? null : figures.get(earlierStart);
        for (KpiMeasure measure : KpiMeasure.values()) {
            growths.put(measure, earlier == null ? Growth.missing(GrowthGap.BEFORE_FIRST_DATA)
                    : growth(measure, own.value(measure), earlier.value(measure)));
        }
        return growths;
    }

    /** The growth of one figure; the margin rate's is its change. */
    static Growth growth(KpiMeasure measure, BigDecimal value, BigDecimal base) {
        if (value == null || base == null) {
            return Growth.missing(GrowthGap.UNKNOWN);
        }
        if (measure == KpiMeasure.MARGIN_RATE) {
            return Growth.of(value.subtract(base));
        }
        if (base.signum() == 0) {
            return Growth.missing(GrowthGap.ZERO_BASE);
        }
        if (base.signum() < 0) {
            return Growth.missing(GrowthGap.NEGATIVE_BASE);
        }
        return Growth.of(BcgAnalysis.growth(value, base));
    }

    /**
     * The customers a period's "active customers" counts: those with a purchase line dated from {@code start} to
     * {@code end}, lines after {@code asOf} ignored, as {@link #analyse} counts them.
     */
    public Set<String> activeCustomers(SalesFacts sales, LocalDate start, LocalDate end, LocalDate asOf) {
        LocalDate last = end.isAfter(asOf) ? asOf : end;
        Set<String> customers = new HashSet<>();
        for (SaleFact fact : sales.facts()) {
            if (isActive(fact) && !fact.date().isBefore(start) && !fact.date().isAfter(last)) {
                customers.add(fact.customerKey());
            }
        }
        return customers;
    }

    /** A line that makes its customer active in its period: a purchase of a known customer. */
    private static boolean isActive(SaleFact fact) {
        return fact.isPurchase() && fact.customerKey() != null;
    }

    private static Figures figures(PeriodSums sums, boolean hasQuantity, boolean hasMargin) {
        return new Figures(sums.net.value(), hasQuantity ? sums.quantity.value() : null, sums.orders(),
                sums.customers(), hasMargin ? sums.margin.value() : null, hasMargin ? sums.marginedNet.value() : null);
    }

    /** The figures of one period. */
    private record Figures(BigDecimal netSales, BigDecimal quantity, long orders, long customers, BigDecimal margin,
                           BigDecimal marginedNet) {

        BigDecimal avgOrderValue() {
            return orders == 0 ? null : netSales.divide(BigDecimal.valueOf(orders), BcgAnalysis.PRECISION);
        }

        BigDecimal marginRate() {
            return margin == null || marginedNet.signum() == 0 ? null : margin.divide(marginedNet, BcgAnalysis.PRECISION);
        }

        BigDecimal value(KpiMeasure measure) {
            return switch (measure) {
                case NET_SALES -> netSales;
                case QUANTITY -> quantity;
                case ORDERS -> BigDecimal.valueOf(orders);
                case ACTIVE_CUSTOMERS -> BigDecimal.valueOf(customers);
                case AVG_ORDER_VALUE -> avgOrderValue();
                case GROSS_MARGIN -> margin;
                case MARGIN_RATE -> marginRate();
            };
        }
    }
}
