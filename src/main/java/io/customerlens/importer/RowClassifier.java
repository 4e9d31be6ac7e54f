package io.customerlens.importer;

import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.TotalsLabels;

import java.util.List;

/**
 * Tells rows that are no sales lines from data rows: blank rows, the header row repeated (paged
 * reports repeat it on every page), and totals rows. A totals row is any row with a cell that is
 * exactly a totals label (合计, 总计, 小计, Total, Grand Total, Subtotal, optionally with a colon),
 * whatever else it holds: a per-customer 小计 with a date is still a sum of lines already counted.
 */
final class RowClassifier {

    private final String[] headers;
    private final int firstHeaderColumn;

    RowClassifier(List<String> headers) {
        this.headers = headers.toArray(String[]::new);
        int first = -1;
        for (int i = 0; i < this.headers.length && first < 0; i++) {
            if (!this.headers[i].isEmpty()) {
                first = i;
            }
        }
        this.firstHeaderColumn = first;
    }

    /** Why the row is skipped, or null for a data row. */
    SkipReason skipReason(RawRow row) {
        if (isBlank(row)) {
            return SkipReason.BLANK;
        }
        if (isRepeatedHeader(row)) {
            return SkipReason.REPEATED_HEADER;
        }
        if (hasTotalsLabel(row)) {
            return SkipReason.TOTALS;
        }
        return null;
    }

    private static boolean isBlank(RawRow row) {
        List<Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (!CellText.isBlank(cells.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private boolean isRepeatedHeader(RawRow row) {
        if (firstHeaderColumn < 0 || !sameAsHeader(row, firstHeaderColumn)) {
            return false;
        }
        for (int i = firstHeaderColumn + 1; i < headers.length; i++) {
            if (!headers[i].isEmpty() && !sameAsHeader(row, i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameAsHeader(RawRow row, int column) {
        String text = row.cell(column).text();
        return text.equals(headers[column]) || HeaderText.display(text).equals(headers[column]);
    }

    private static boolean hasTotalsLabel(RawRow row) {
        List<Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (TotalsLabels.isTotalsLabel(cells.get(i).text())) {
                return true;
            }
        }
        return false;
    }
}
