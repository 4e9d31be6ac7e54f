package io.customerlens.importer.source;

import io.customerlens.importer.value.CellText;

/** One cell as read: its kind and raw text (never null; empty for blank cells). */
public record Cell(CellKind kind, String text) {

    public static final Cell BLANK = new Cell(CellKind.BLANK, "");

    public Cell {
        text = text == null ? "" : text;
        if (kind != CellKind.BLANK && text.isEmpty()) {
            kind = CellKind.BLANK;
        }
    }

    public static Cell text(String text) {
        return new Cell(CellKind.TEXT, text);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || CellText.isBlank(text);
    }
}
