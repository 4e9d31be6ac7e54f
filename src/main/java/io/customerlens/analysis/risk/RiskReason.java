package io.customerlens.analysis.risk;

/**
 * One reason in words for a customer's risk, as facts the page or the printout words in the user's language
 * (docs/definitions.md, "Reasons"). {@code first} and {@code second} are the figures the sentence names, for
 * example the usual interval and the silent days; unused ones are NaN.
 */
public record RiskReason(Kind kind, double first, double second) {

    public enum Kind {
        /** Silent {@code second} days against a usual interval of {@code first} days. */
        SILENT_VS_USUAL,
        /** Silent {@code first} days (no usual interval: one purchase day). */
        SILENT,
        /** Orders down from {@code first} (the half-year before) to {@code second} (the last half-year). */
        ORDERS_DOWN,
        /** Net amount down from {@code first} to {@code second}, same periods. */
        NET_DOWN,
        /** Only {@code first} order(s) ever. */
        FEW_ORDERS,
        /** Bought in only {@code first} of the last 12 months. */
        FEW_ACTIVE_MONTHS,
        /** Bought {@code first} distinct product(s) in the last half-year. */
        NARROW_RANGE,
        /** Returned {@code first} (0–1) of what was bought in the last 12 months. */
        RETURNS,
        /** Orders at uneven intervals (coefficient of variation {@code first}). */
        IRREGULAR,
        /** A customer for {@code first} days only. */
        NEW_CUSTOMER
    }

    public static RiskReason of(Kind kind, double first) {
        return new RiskReason(kind, first, Double.NaN);
    }
}
