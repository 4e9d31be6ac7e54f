package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds rows as a source would deliver them. A cell spec is text, except: "" = blank,
 * "n:123.5" = a number cell, "d:43831" = a date cell (Excel serial).
 */
final class TestRows {

    private TestRows() {
    }

    static RawRow row(int rowNumber, String... specs) {
        List<Cell> cells = new ArrayList<>(specs.length);
        for (String spec : specs) {
            cells.add(cell(spec));
        }
        return new RawRow(rowNumber, cells);
    }

    static Cell cell(String spec) {
        if (spec.isEmpty()) {
            return Cell.BLANK;
        }
        if (spec.startsWith("n:")) {
            return new Cell(CellKind.NUMBER, spec.substring(2));
        }
        if (spec.startsWith("d:")) {
            return new Cell(CellKind.DATE, spec.substring(2));
        }
        return Cell.text(spec);
    }

    /** Rows numbered from {@code firstRowNumber}, each given as comma-separated specs. */
    static List<RawRow> rows(int firstRowNumber, String... csvRows) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < csvRows.length; i++) {
            rows.add(row(firstRowNumber + i, csvRows[i].split(",", -1)));
        }
        return rows;
    }
}
