package io.customerlens.analysis.segments;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The customers in one cell (or total) of an attribute pivot, with their figures.
 *
 * @param customers exactly the customers counted, so the cell opens them as a list
 * @param netAmount their net amount over all history up to the as-of date (returns included)
 * @param lapsed    how many of them are lapsed (N)
 */
public record PivotCell(Set<String> customers, BigDecimal netAmount, long lapsed) {

    public static final PivotCell EMPTY = new PivotCell(Set.of(), BigDecimal.ZERO, 0);

    public PivotCell {
        customers = Set.copyOf(customers);
        Objects.requireNonNull(netAmount, "netAmount");
    }

    public long customerCount() {
        return customers.size();
    }

    /** lapsed / customers; 0 for an empty cell. */
    public double lapsedShare() {
        return customers.isEmpty() ? 0 : (double) lapsed / customers.size();
    }
}
