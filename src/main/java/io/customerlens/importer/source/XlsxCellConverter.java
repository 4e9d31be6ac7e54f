package io.customerlens.importer.source;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.CellType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns fastexcel cells into {@link Cell}s from their raw values, never formatting them. Whether a
 * number format is a date is remembered per format string, because a sheet has a handful of formats
 * and a million cells.
 */
final class XlsxCellConverter {

    private final Map<String, Boolean> dateFormats = new HashMap<>();

    Cell convert(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell == null) {
            return Cell.BLANK;
        }
        CellType type = cell.getType();
        return switch (type) {
            case STRING -> textCell(cell.getRawValue());
            case NUMBER -> numberCell(cell, cell.getRawValue());
            case BOOLEAN -> booleanCell(cell.getRawValue());
            case ERROR -> new Cell(CellKind.ERROR, cell.getRawValue());
            case FORMULA -> cachedResult(cell);
            case EMPTY -> Cell.BLANK;
        };
    }

    /** fastexcel types a formula cell FORMULA whatever its result; the parsed value tells the result. */
    private Cell cachedResult(org.dhatim.fastexcel.reader.Cell cell) {
        Object value = cell.getValue();
        String raw = cell.getRawValue();
        if (value instanceof BigDecimal) {
            return numberCell(cell, raw);
        }
        if (value instanceof Boolean flag) {
            return new Cell(CellKind.BOOLEAN, flag ? "TRUE" : "FALSE");
        }
        if (raw == null) {
            return Cell.BLANK;
        }
        // t="e" and t="str" results both arrive as text; Excel error literals all start with '#'
        return ExcelErrors.isErrorLiteral(raw) ? new Cell(CellKind.ERROR, raw) : textCell(raw);
    }

    private static Cell textCell(String text) {
        return text == null || text.isEmpty() ? Cell.BLANK : new Cell(CellKind.TEXT, ExcelEscapes.decode(text));
    }

    private static Cell booleanCell(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Cell.BLANK;
        }
        return new Cell(CellKind.BOOLEAN, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE");
    }

    private Cell numberCell(org.dhatim.fastexcel.reader.Cell cell, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Cell.BLANK;
        }
        CellKind kind = isDateFormatted(cell) ? CellKind.DATE : CellKind.NUMBER;
        return new Cell(kind, PlainDecimal.ofExcelRaw(raw));
    }

    private boolean isDateFormatted(org.dhatim.fastexcel.reader.Cell cell) {
        String format = cell.getDataFormatString();
        if (format == null) {
            Integer id = cell.getDataFormatId();
            return id != null && DateUtil.isInternalDateFormat(id);
        }
        Boolean known = dateFormats.get(format);
        if (known == null) {
            Integer id = cell.getDataFormatId();
            known = DateUtil.isADateFormat(id == null ? -1 : id, format);
            dateFormats.put(format, known);
        }
        return known;
    }
}
