package io.customerlens.analysis.segments;

/** What the cells of an attribute pivot show. */
public enum PivotMeasure {
    CUSTOMERS, NET_AMOUNT, LAPSED_SHARE;

    /** The cell's figure for this measure: a count, an amount or a fraction (0.25 is 25 %). */
    public Number of(PivotCell cell) {
        return switch (this) {
            case CUSTOMERS -> cell.customerCount();
            case NET_AMOUNT -> cell.netAmount();
            case LAPSED_SHARE -> cell.lapsedShare();
        };
    }
}
