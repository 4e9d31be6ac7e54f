package io.customerlens.importer.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the cells of one HTML table on a grid as Excel would show it: a cell spanning several columns
 * keeps its text in its first position and leaves blanks in the rest, so the columns below a spanned
 * title stay aligned with their header. A cell spanning several rows (a customer over its order lines)
 * shows its text, marked with the rows it spans, in its first column on every row it covers, as the
 * spreadsheet readers do with merged areas.
 */
final class HtmlTableGrid {

    private static final int MAX_COLSPAN = 1_000;
    private static final int MAX_ROWSPAN = 65_534;

    private HtmlTableGrid() {
    }

    /** The table's own rows, in order; rows of tables nested inside its cells belong to those tables. */
    static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.getElementsByTag("tr")) {
            if (nearestTable(row) == table) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<RawRow> layOut(List<Element> rows) {
        List<RawRow> laidOut = new ArrayList<>(rows.size());
        List<Span> pending = new ArrayList<>(); // per column: a rowspan from a row above still covering it
        for (int r = 0; r < rows.size(); r++) {
            int rowNumber = r + 1;
            List<Cell> cells = new ArrayList<>();
            List<Span> started = new ArrayList<>();
            boolean ownValue = false;
            int column = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (isCovered(pending, column)) {
                    put(cells, column, pending.get(column).cell());
                    column++;
                }
                int colspan = span(td, "colspan", MAX_COLSPAN);
                int rowspan = Math.min(span(td, "rowspan", MAX_ROWSPAN), rows.size() - r);
                Cell cell = cellOf(td);
                ownValue |= !cell.isBlank();
                put(cells, column, cell);
                for (int k = 1; k < colspan; k++) {
                    put(cells, column + k, Cell.BLANK);
                }
                if (rowspan > 1) {
                    // The rows below show the value in the span's first column only, as Excel shows a merged area.
                    Cell below = cell.inMergedRows(rowNumber, rowNumber + rowspan - 1);
                    put(cells, column, below);
                    for (int k = 0; k < colspan; k++) {
                        started.add(new Span(column + k, rowspan - 1, k == 0 ? below : Cell.BLANK));
                    }
                }
                column += colspan;
            }
            for (int c = column; c < pending.size(); c++) {
                if (isCovered(pending, c)) {
                    put(cells, c, pending.get(c).cell());
                }
            }
            if (!ownValue) {
                // Nothing of its own: a spacer row under a spanned customer stays blank.
                cells.replaceAll(cell -> cell.mergedRows() != null && rowNumber > cell.mergedRows().firstRow()
                        ? Cell.BLANK : cell);
            }
            advance(pending, started);
            laidOut.add(new RawRow(rowNumber, cells));
        }
        return laidOut;
    }

    /** A column covered by a rowspan for {@code remaining} more rows, showing {@code cell} there. */
    private record Span(int column, int remaining, Cell cell) {
    }

    private static Element nearestTable(Element row) {
        Element parent = row.parent();
        while (parent != null && !parent.nameIs("table")) {
            parent = parent.parent();
        }
        return parent;
    }

    private static boolean isCovered(List<Span> pending, int column) {
        return column < pending.size() && pending.get(column).remaining() > 0;
    }

    private static void advance(List<Span> pending, List<Span> started) {
        pending.replaceAll(span -> new Span(span.column(), Math.max(span.remaining() - 1, 0), span.cell()));
        for (Span span : started) {
            while (pending.size() <= span.column()) {
                pending.add(new Span(pending.size(), 0, Cell.BLANK));
            }
            pending.set(span.column(), span);
        }
    }

    private static void put(List<Cell> cells, int column, Cell cell) {
        while (cells.size() <= column) {
            cells.add(Cell.BLANK);
        }
        cells.set(column, cell);
    }

    private static Cell cellOf(Element td) {
        // ERP exports pad empty cells with &nbsp;, which is not whitespace to String.strip()
        String text = td.text().replace('\u00A0', ' ').strip();
        return text.isEmpty() ? Cell.BLANK : Cell.text(text);
    }

    /** rowspan="0" means "to the end of the table" in HTML; absent or junk means 1. */
    private static int span(Element td, String attribute, int max) {
        String value = td.attr(attribute).strip();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int span = Integer.parseInt(value);
            if (span == 0) {
                return "rowspan".equals(attribute) ? max : 1;
            }
            return Math.clamp(span, 1, max);
        } catch (NumberFormatException junk) {
            return 1;
        }
    }
}
