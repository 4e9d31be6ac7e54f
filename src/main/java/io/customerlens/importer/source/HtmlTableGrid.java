package io.customerlens.importer.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the cells of one HTML table on a grid as Excel would show it: a cell spanning several columns
 * or rows keeps its text in the top-left position and leaves blanks in the rest, so the columns
 * below a spanned title stay aligned with their header.
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
        List<Integer> pendingRows = new ArrayList<>(); // per column: rows still covered by a rowspan above
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<Integer> startedSpans = new ArrayList<>();
            int column = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (isCovered(pendingRows, column)) {
                    put(cells, column++, Cell.BLANK);
                }
                int colspan = span(td, "colspan", MAX_COLSPAN);
                int rowspan = span(td, "rowspan", MAX_ROWSPAN);
                put(cells, column, cellOf(td));
                for (int k = 1; k < colspan; k++) {
                    put(cells, column + k, Cell.BLANK);
                }
                if (rowspan > 1) {
                    for (int k = 0; k < colspan; k++) {
                        startedSpans.add(column + k);
                        startedSpans.add(rowspan - 1);
                    }
                }
                column += colspan;
            }
            advance(pendingRows, startedSpans);
            laidOut.add(new RawRow(r + 1, cells));
        }
        return laidOut;
    }

    private static Element nearestTable(Element row) {
        Element parent = row.parent();
        while (parent != null && !parent.nameIs("table")) {
            parent = parent.parent();
        }
        return parent;
    }

    private static boolean isCovered(List<Integer> pendingRows, int column) {
        return column < pendingRows.size() && pendingRows.get(column) > 0;
    }

    private static void advance(List<Integer> pendingRows, List<Integer> startedSpans) {
        pendingRows.replaceAll(remaining -> Math.max(remaining - 1, 0));
        for (int i = 0; i < startedSpans.size(); i += 2) {
            int column = startedSpans.get(i);
            while (pendingRows.size() <= column) {
                pendingRows.add(0);
            }
            pendingRows.set(column, startedSpans.get(i + 1));
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
