package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.util.List;

/**
 * A BCG matrix: units with current sales &gt; 0 first (current sales descending, then key), then the
 * discontinued ones (previous sales descending, then key).
 *
 * @param totalGrowth growth of total sales between the periods; null when total previous sales are ≤ 0
 */
public record BcgResult(BcgUnit unit, ComparisonPeriod period, PeriodPair periods, BcgThresholds thresholds,
                        BigDecimal totalCurrent, BigDecimal totalPrevious, BigDecimal totalGrowth, List<BcgRow> rows) {

    public BcgResult {
        rows = List.copyOf(rows);
    }

    /** The units in the four quadrants (current sales &gt; 0). */
    public List<BcgRow> active() {
        return rows.stream().filter(row -> !row.isDiscontinued()).toList();
    }

    public List<BcgRow> discontinued() {
        return rows.stream().filter(BcgRow::isDiscontinued).toList();
    }
}
