package io.customerlens.importer.source;

import java.util.List;

/**
 * One row as read from a sheet or text file. {@code rowNumber} is 1-based, as the user sees it in
 * Excel (for text files: the line number of the record's first line). Cells are positional; a
 * missing trailing cell is blank. {@code defect} is set when the reader could not split the row
 * reliably (text files only), so its cells must not be taken as values; null otherwise.
 */
public record RawRow(int rowNumber, List<Cell> cells, RowDefect defect) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public RawRow(int rowNumber, List<Cell> cells) {
        this(rowNumber, cells, null);
    }

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
