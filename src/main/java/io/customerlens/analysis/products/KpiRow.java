package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The sales figures of one period.
 *
 * @param label          2024-03-05, 2024-W10, 2024-03, 2024-Q1 or 2024
 * @param complete       the period ends on or before the as-of date
 * @param quantity       net quantity (returns included); null when no line of the data has a quantity
 * @param avgOrderValue  net sales / orders; null without orders
 * @param grossMargin    the sum of known line margins; null when no line of the data has one
 * @param marginRate     gross margin / net sales of the lines with a known margin; null when that is 0 or unknown
 * @param mom            growth against the period before, per measure
 * @param yoy            growth against the same period a year earlier, per measure
 */
public record KpiRow(LocalDate start, LocalDate end, String label, boolean complete, BigDecimal netSales,
                     BigDecimal quantity, long orders, long activeCustomers, BigDecimal avgOrderValue,
                     BigDecimal grossMargin, BigDecimal marginRate, Map<KpiMeasure, Growth> mom,
                     Map<KpiMeasure, Growth> yoy) {

    public KpiRow {
        mom = Map.copyOf(mom);
        yoy = Map.copyOf(yoy);
    }

    /** The value of a measure; null when unknown. */
    public BigDecimal value(KpiMeasure measure) {
        return switch (measure) {
            case NET_SALES -> netSales;
            case QUANTITY -> quantity;
            case ORDERS -> BigDecimal.valueOf(orders);
            case ACTIVE_CUSTOMERS -> BigDecimal.valueOf(activeCustomers);
            case AVG_ORDER_VALUE -> avgOrderValue;
            case GROSS_MARGIN -> grossMargin;
            case MARGIN_RATE -> marginRate;
        };
    }

    public Growth mom(KpiMeasure measure) {
        return mom.get(measure);
    }

    public Growth yoy(KpiMeasure measure) {
        return yoy.get(measure);
    }
}
