package io.customerlens.analysis.products;

import java.util.Locale;

/** The figures of a sales KPI row, each with its MoM and YoY growth. */
public enum KpiMeasure {
    NET_SALES,
    QUANTITY,
    ORDERS,
    ACTIVE_CUSTOMERS,
    AVG_ORDER_VALUE,
    GROSS_MARGIN,
    /** Its growth is the change in rate (0.02 = 2 points), not a ratio of rates. */
    MARGIN_RATE;

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "sales.measure." + name().toLowerCase(Locale.ROOT);
    }
}
