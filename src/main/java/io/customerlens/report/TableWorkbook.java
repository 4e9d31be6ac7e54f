package io.customerlens.report;

import io.customerlens.task.ProgressListener;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Saves any table as a one-sheet .xlsx: a bold, frozen header row with a filter, then one row per table
 * row with typed cells (see {@link TableCells}), so the user can sort, sum and chart the figures in Excel.
 */
public final class TableWorkbook {

    private static final int PROGRESS_EVERY = 1_000;
    private static final String DEFAULT_SHEET_NAME = "Sheet1";

    public void write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows, Path file)
            throws IOException {
        write(sheetName, headers, rows, file, ProgressListener.NONE);
    }

    /** Progress counts rows; the total is known only when {@code rows} is a collection. */
    public void write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows, Path file,
                      ProgressListener progress) throws IOException {
        StreamingWorkbooks.write(file, workbook -> {
            fill(workbook, safeSheetName(sheetName), headers, rows, progress);
            return null;
        });
    }

    private static void fill(SXSSFWorkbook workbook, String sheetName, List<String> headers,
                             Iterable<? extends List<?>> rows, ProgressListener progress) {
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        ColumnWidths widths = new ColumnWidths();
        writeHeader(sheet, StreamingWorkbooks.boldStyle(workbook), headers, widths);
        TableCells cells = new TableCells(workbook, widths);
        long total = rows instanceof Collection<?> collection ? collection.size() : -1;
        int rowIndex = 1;
        int widest = headers.size();
        for (List<?> values : rows) {
            Row row = sheet.createRow(rowIndex);
            for (int column = 0; column < values.size(); column++) {
                cells.write(row, column, values.get(column));
            }
            widest = Math.max(widest, values.size());
            if (rowIndex % PROGRESS_EVERY == 0) {
                progress.progress(rowIndex, total);
            }
            rowIndex++;
        }
        progress.progress(rowIndex - 1L, total);
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, headers.size() - 1));
        }
        StreamingWorkbooks.setColumnWidths(sheet, widths.inCharacters(widest));
    }

    private static void writeHeader(SXSSFSheet sheet, CellStyle bold, List<String> headers, ColumnWidths widths) {
        Row header = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            String text = headers.get(column) == null ? "" : headers.get(column);
            header.createCell(column).setCellValue(text);
            header.getCell(column).setCellStyle(bold);
            // A bold header with a filter button needs a little more room than its text.
            widths.fit(column, ColumnWidths.displayWidth(text) + 3);
        }
    }

    /** Excel refuses names with [ ] : * ? / \ or longer than 31 characters; a view title may have either. */
    static String safeSheetName(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT_SHEET_NAME;
        }
        return WorkbookUtil.createSafeSheetName(name.strip());
    }
}
