package io.customerlens.importer.source;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** Turns POI HSSF cells into {@link Cell}s: raw values, formulas by their cached result. */
final class XlsCellConverter {

    Cell convert(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> new Cell(CellKind.TEXT, cell.getStringCellValue());
            case NUMERIC -> number(cell);
            case BOOLEAN -> new Cell(CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new Cell(CellKind.ERROR, errorText(cell.getErrorCellValue()));
            case BLANK, FORMULA, _NONE -> Cell.BLANK;
        };
    }

    private static Cell number(org.apache.poi.ss.usermodel.Cell cell) {
        double value = cell.getNumericCellValue();
        CellKind kind = DateUtil.isCellDateFormatted(cell) ? CellKind.DATE : CellKind.NUMBER;
        return new Cell(kind, PlainDecimal.ofDouble(value));
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }
}
