package io.customerlens.importer.source;

import io.customerlens.importer.value.CellText;

/**
 * One cell as read: its kind and raw text (never null; empty for blank cells). {@code mergedRows} is set
 * when the cell lies in a merged area spanning several rows, whose value every row of the area shows
 * (null otherwise): a customer merged over its lines belongs to each of them, while a merged amount
 * belongs to none of them alone.
 */
public record Cell(CellKind kind, String text, MergedRows mergedRows) {

    public static final Cell BLANK = new Cell(CellKind.BLANK, "");

    public Cell {
        text = text == null ? "" : text;
        if (kind != CellKind.BLANK && text.isEmpty()) {
            kind = CellKind.BLANK;
        }
    }

    public Cell(CellKind kind, String text) {
        this(kind, text, null);
    }

    public static Cell text(String text) {
        return new Cell(CellKind.TEXT, text);
    }

    /** This cell's value as shown by every row of a merged area from {@code firstRow} to {@code lastRow}. */
    public Cell inMergedRows(int firstRow, int lastRow) {
        return new Cell(kind, text, new MergedRows(firstRow, lastRow));
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || CellText.isBlank(text);
    }

    /** The 1-based first and last row of a merged area. */
    public record MergedRows(int firstRow, int lastRow) {
    }
}
