package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.NumberParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row among the first {@value #SCAN_ROWS} rows of a sheet. ERP exports put a title
 * ("XX公司销售明细表"), a date range or a merged title cell above the headers; such rows have one or
 * two non-blank cells and are passed over while a wider row exists. Wider rows score by how many cells
 * are known header names (see {@link FieldSynonyms}), then by how many are text rather than numbers,
 * which is what sets a header apart from the data below it. The earliest best row wins.
 */
final class HeaderDetector {

    static final int SCAN_ROWS = 30;
    private static final int MAX_TITLE_CELLS = 2;
    private static final int KNOWN_POINTS = 10;
    private static final int CONTAINED_POINTS = 3;
    private static final int NUMBER_PENALTY = 2;

    /** The header row and its headers; header row number 0 and no headers when the sheet has no rows. */
    SheetLayout detect(String sheetName, List<RawRow> firstRows) {
        List<RawRow> rows = firstRows.subList(0, Math.min(SCAN_ROWS, firstRows.size()));
        RawRow best = bestRow(rows, MAX_TITLE_CELLS + 1);
        if (best == null) {
            best = bestRow(rows, 1);
        }
        if (best == null) {
            return new SheetLayout(sheetName, 0, List.of());
        }
        return new SheetLayout(sheetName, best.rowNumber(), headersOf(best));
    }

    static List<String> headersOf(RawRow row) {
        int last = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            if (!CellText.isBlank(row.cell(i).text())) {
                last = i;
            }
        }
        List<String> headers = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            headers.add(HeaderText.display(row.cell(i).text()));
        }
        return headers;
    }

    /** The earliest highest-scoring row with at least {@code minCells} non-blank cells, or null. */
    private static RawRow bestRow(List<RawRow> rows, int minCells) {
        RawRow best = null;
        int bestScore = Integer.MIN_VALUE;
        for (RawRow row : rows) {
            if (nonBlankCells(row) < minCells) {
                continue;
            }
            int score = score(row);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best;
    }

    private static int nonBlankCells(RawRow row) {
        int count = 0;
        for (Cell cell : row.cells()) {
            if (!CellText.isBlank(cell.text())) {
                count++;
            }
        }
        return count;
    }

    private static int score(RawRow row) {
        int score = 0;
        for (Cell cell : row.cells()) {
            if (CellText.isBlank(cell.text())) {
                continue;
            }
            if (cell.kind() != CellKind.TEXT || NumberParser.parse(cell.text()) != null) {
                score -= NUMBER_PENALTY;
                continue;
            }
            score += 1 + nameScore(cell.text());
        }
        return score;
    }

    private static int nameScore(String text) {
        String key = HeaderText.key(text);
        if (key.isEmpty()) {
            return 0;
        }
        if (FieldSynonyms.isKnown(key) || FieldSynonyms.isKnown(HeaderText.keyWithoutNotes(text))) {
            return KNOWN_POINTS;
        }
        for (FieldSynonyms.Synonym synonym : FieldSynonyms.all()) {
            if (synonym.key().length() >= 2 && key.contains(synonym.key())) {
                return CONTAINED_POINTS;
            }
        }
        return 0;
    }
}
