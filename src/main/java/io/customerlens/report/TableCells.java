package io.customerlens.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one table value as a typed cell: numbers stay numbers (so Excel can sum them), dates are real
 * date cells, booleans are booleans, null is a blank cell and anything else is its text. Measures each
 * value for {@link ColumnWidths}.
 */
final class TableCells {

    /** Decimals beyond this many are shown as Excel's General format would. */
    private static final int MAX_FIXED_DECIMALS = 6;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Workbook workbook;
    private final ColumnWidths widths;
    private final CellStyle date;
    private final CellStyle dateTime;
    /** One style per number of decimals: a workbook holds at most 64,000 styles, so never one per cell. */
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    TableCells(Workbook workbook, ColumnWidths widths) {
        this.workbook = workbook;
        this.widths = widths;
        this.date = StreamingWorkbooks.dateStyle(workbook);
        this.dateTime = StreamingWorkbooks.formatStyle(workbook, "yyyy-mm-dd hh:mm");
    }

    void write(Row row, int column, Object value) {
        if (value == null) {
            return; // a missing cell is what Excel calls blank
        }
        Cell cell = row.createCell(column);
        int width = switch (value) {
            case BigDecimal decimal -> decimal(cell, decimal);
            case BigInteger integer -> number(cell, integer.doubleValue(), integer.toString());
            case Number number -> number(cell, number.doubleValue(), number.toString());
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
                yield 10;
            }
            case LocalDateTime time -> {
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
                yield 16;
            }
            case Boolean flag -> {
                cell.setCellValue(flag);
                yield 5;
            }
            default -> text(cell, value.toString());
        };
        widths.fit(column, width);
    }

    private int decimal(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
        int scale = value.scale();
        if (scale > 0 && scale <= MAX_FIXED_DECIMALS) {
            // Keeps 12.50 from showing as 12.5: amounts read as money, with grouping like the app's tables.
            cell.setCellStyle(decimals.computeIfAbsent(scale,
                    places -> StreamingWorkbooks.formatStyle(workbook, "#,##0." + "0".repeat(places))));
        }
        String plain = value.toPlainString();
        return plain.length() + plain.length() / 3;
    }

    private static int number(Cell cell, double value, String text) {
        cell.setCellValue(value);
        return text.length();
    }

    private static int text(Cell cell, String text) {
        // Excel stops at 32,767 characters; one long note must not make the whole save fail.
        String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        cell.setCellValue(kept);
        return ColumnWidths.displayWidth(kept.length() > 200 ? kept.substring(0, 200) : kept);
    }
}
