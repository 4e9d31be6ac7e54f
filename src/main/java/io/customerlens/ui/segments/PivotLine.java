package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.PivotCell;
import io.customerlens.analysis.segments.PivotTable;

/**
 * One line of the pivot as the table shows it: a row value's cells, or (total) the column totals.
 *
 * @param value the row attribute's value; null for the customers without one (and for the totals line)
 */
public record PivotLine(PivotTable table, String value, boolean total) {

    /** The cell under a column value. */
    public PivotCell cell(String column) {
        return total ? table.columnTotal(column) : table.cell(value, column);
    }

    /** The cell in the totals column. */
    public PivotCell lineTotal() {
        return total ? table.total() : table.rowTotal(value);
    }
}
