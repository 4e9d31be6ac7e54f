package io.customerlens.report;

import io.customerlens.domain.ImportProblem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Saves the lines an import rejected as an .xlsx, one row per line: file, sheet, row, column, value and
 * the reason in the user's language, so they can fix the source and import it again.
 */
public final class RejectedLinesWorkbook {

    private static final List<String> HEADER_KEYS = List.of("report.rejected.file", "report.rejected.sheet",
            "report.rejected.row", "report.rejected.column", "report.rejected.value", "report.rejected.reason");
    private static final int[] COLUMN_WIDTHS = {30, 16, 8, 16, 24, 40};

    private final ResourceBundle messages;

    /** @param messages the bundle "io.customerlens.i18n.messages" in the user's language */
    public RejectedLinesWorkbook(ResourceBundle messages) {
        this.messages = messages;
    }

    public void write(List<ImportProblem> problems, Path file) throws IOException {
        // Streaming, because a file with a wrong date column can reject every one of a million lines.
        StreamingWorkbooks.write(file, workbook -> {
            fill(workbook, problems);
            return null;
        });
    }

    private void fill(SXSSFWorkbook workbook, List<ImportProblem> problems) {
        SXSSFSheet sheet = workbook.createSheet(messages.getString("report.rejected.sheetName"));
        Row header = sheet.createRow(0);
        CellStyle bold = StreamingWorkbooks.boldStyle(workbook);
        for (int column = 0; column < HEADER_KEYS.size(); column++) {
            header.createCell(column).setCellValue(messages.getString(HEADER_KEYS.get(column)));
            header.getCell(column).setCellStyle(bold);
        }
        int rowIndex = 1;
        for (ImportProblem problem : problems) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(problem.file());
            row.createCell(1).setCellValue(problem.sheet());
            row.createCell(2).setCellValue(problem.row());
            row.createCell(3).setCellValue(problem.column());
            row.createCell(4).setCellValue(problem.value());
            row.createCell(5).setCellValue(new MessageFormat(messages.getString(problem.reason().messageKey()),
                    messages.getLocale()).format(problem.messageArguments()));
        }
        sheet.createFreezePane(0, 1);
        StreamingWorkbooks.setColumnWidths(sheet, COLUMN_WIDTHS);
    }
}
