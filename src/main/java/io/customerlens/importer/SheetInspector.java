package io.customerlens.importer;

import io.customerlens.domain.Field;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks at the first rows of one sheet: header row, preview, suggested mapping, date order of the date
 * column and how much the sheet looks like sales lines.
 */
final class SheetInspector {

    static final int PREVIEW_ROWS = 50;

    private final HeaderDetector headerDetector = new HeaderDetector();
    private final ColumnMapper mapper = new ColumnMapper();
    private final DateOrderDetector dateOrderDetector = new DateOrderDetector();
    private final SalesSheetScorer scorer = new SalesSheetScorer();

    SheetInspection inspect(String sheetName, List<RawRow> sample, boolean date1904) {
        SheetLayout layout = headerDetector.detect(sheetName, sample);
        if (layout.headerRowNumber() == 0) {
            return new SheetInspection(layout, List.of(), ColumnMapping.empty(), DateOrder.MDY, true, 0);
        }
        List<RawRow> dataRows = sample.stream().filter(row -> row.rowNumber() > layout.headerRowNumber()).toList();
        List<RawRow> preview = dataRows.stream().filter(row -> !isBlank(row)).limit(PREVIEW_ROWS).toList();
        ColumnMapping mapping = mapper.suggest(layout.headers());
        DateOrderDetector.Decision order = dateOrderDetector.decide(dateCells(mapping, dataRows));
        double score = scorer.score(mapping, dataRows, new DateParser(order.order(), date1904));
        return new SheetInspection(layout, preview, mapping, order.order(), order.decidedByValues(), score);
    }

    private static List<Cell> dateCells(ColumnMapping mapping, List<RawRow> dataRows) {
        List<Cell> cells = new ArrayList<>();
        mapping.column(Field.DATE).ifPresent(date -> dataRows.forEach(row -> cells.add(row.cell(date.index()))));
        return cells;
    }

    /** Blank as the importer sees it: every cell empty or only spaces of any kind. */
    static boolean isBlank(RawRow row) {
        return row.cells().stream().allMatch(cell -> CellText.isBlank(cell.text()));
    }
}
