package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerAttribute;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Customers by two attributes, one down and one across (e.g. region × channel), with row, column and grand totals.
 * A value of null stands for the customers without one. Rows and columns are ordered by their total net amount,
 * largest first, then by value, the null value last.
 */
public record PivotTable(CustomerAttribute rowAttribute, CustomerAttribute columnAttribute, List<String> rows,
                         List<String> columns, Map<List<String>, PivotCell> cells, Map<String, PivotCell> rowTotals,
                         Map<String, PivotCell> columnTotals, PivotCell total) {

    public PivotTable {
        // Not List.copyOf / Map.copyOf: a value may be null.
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
        cells = Collections.unmodifiableMap(new HashMap<>(cells));
        rowTotals = Collections.unmodifiableMap(new HashMap<>(rowTotals));
        columnTotals = Collections.unmodifiableMap(new HashMap<>(columnTotals));
    }

    /** The cell of a row value and a column value; empty where no customer has that pair. */
    public PivotCell cell(String row, String column) {
        return cells.getOrDefault(Arrays.asList(row, column), PivotCell.EMPTY);
    }

    public PivotCell rowTotal(String row) {
        return rowTotals.getOrDefault(row, PivotCell.EMPTY);
    }

    public PivotCell columnTotal(String column) {
        return columnTotals.getOrDefault(column, PivotCell.EMPTY);
    }
}
