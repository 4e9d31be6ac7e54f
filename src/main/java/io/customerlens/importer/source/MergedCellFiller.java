package io.customerlens.importer.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a sheet's merged areas to its rows as they stream by, in row order. An area spanning several
 * rows shows its top-left value on every row it covers, in its first column, marked with the rows it
 * spans ({@link Cell#mergedRows()}): a customer merged over its five lines belongs to each of them. Every
 * other covered cell is blank, as Excel shows it (files written by other tools sometimes repeat the value
 * there, which would look like extra data). A covered row with nothing of its own stays blank, so a
 * spacer row under a merged customer does not become a line without a date.
 */
final class MergedCellFiller {

    private final List<MergedArea> pending;
    private final List<MergedArea> active = new ArrayList<>();
    private final List<Cell> topLeft = new ArrayList<>();
    private int next;

    MergedCellFiller(List<MergedArea> areas) {
        this.pending = areas.stream().sorted(Comparator.comparingInt(MergedArea::firstRow)).toList();
    }

    /** The row's cells with the merged areas applied; {@code rowNumber} is 1-based. */
    Cell[] apply(int rowNumber, Cell[] cells) {
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i).lastRow() < rowNumber) {
                active.remove(i);
                topLeft.remove(i);
            }
        }
        while (next < pending.size() && pending.get(next).firstRow() <= rowNumber) {
            MergedArea area = pending.get(next++);
            if (area.lastRow() >= rowNumber) {
                active.add(area);
                topLeft.add(area.firstRow() == rowNumber ? at(cells, area.firstColumn()) : Cell.BLANK);
            }
        }
        if (active.isEmpty()) {
            return cells;
        }
        boolean ownValue = hasOwnValue(rowNumber, cells);
        Cell[] filled = cells;
        for (int i = 0; i < active.size(); i++) {
            MergedArea area = active.get(i);
            filled = blankCovered(rowNumber, filled, area);
            if (area.spansRows() && (ownValue || rowNumber == area.firstRow())) {
                filled = put(filled, area.firstColumn(), topLeft.get(i).inMergedRows(area.firstRow(), area.lastRow()));
            }
        }
        return filled;
    }

    /** Whether the row holds a value outside every area's covered (not top-left) cells. */
    private boolean hasOwnValue(int rowNumber, Cell[] cells) {
        for (int column = 0; column < cells.length; column++) {
            if (!cells[column].isBlank() && !isCovered(rowNumber, column)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCovered(int rowNumber, int column) {
        for (MergedArea area : active) {
            boolean topLeftCell = rowNumber == area.firstRow() && column == area.firstColumn();
            if (area.covers(rowNumber, column) && !topLeftCell) {
                return true;
            }
        }
        return false;
    }

    private static Cell[] blankCovered(int rowNumber, Cell[] cells, MergedArea area) {
        for (int column = area.firstColumn(); column <= area.lastColumn() && column < cells.length; column++) {
            if (rowNumber != area.firstRow() || column != area.firstColumn()) {
                cells[column] = Cell.BLANK;
            }
        }
        return cells;
    }

    private static Cell at(Cell[] cells, int column) {
        return column < cells.length ? cells[column] : Cell.BLANK;
    }

    private static Cell[] put(Cell[] cells, int column, Cell cell) {
        Cell[] wide = cells;
        if (column >= cells.length) {
            wide = Arrays.copyOf(cells, column + 1);
            Arrays.fill(wide, cells.length, wide.length, Cell.BLANK);
        }
        wide[column] = cell;
        return wide;
    }
}
