package io.customerlens.report;

import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.report.TaskSheetException.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link TaskSheet} back. Dates may be date cells or text {@code 2024-03-05}, {@code 2024/3/5} or {@code 2024.3.5}; codes are matched
 * ignoring case; reached is yes/no, true/false, 1/0 or 是/否. The first bad cell stops the read with a
 * {@link TaskSheetException}. Whether a task exists is for the caller to check.
 */
public final class TaskSheetReader {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否");

    /** 2024-03-05, 2024-3-5, 2024/3/5 and 2024.3.5 (separators made '-' first); no impossible dates. */
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    /** 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_465;

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public List<TaskSheetEdit> read(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(TaskSheet.SHEET_NAME);
            return rows(file, sheet == null ? workbook.getSheetAt(0) : sheet);
        }
    }

    private List<TaskSheetEdit> rows(Path file, Sheet sheet) throws TaskSheetException {
        Map<String, Integer> columns = columns(file, sheet.getRow(sheet.getFirstRowNum()));
        List<TaskSheetEdit> edits = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int index = sheet.getFirstRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null || isBlank(row, columns)) {
                continue;
            }
            Cells cells = new Cells(file, row, columns);
            long id = cells.taskId();
            if (!seen.add(id)) {
                throw new TaskSheetException(file, index + 1, TaskSheet.TASK_ID, String.valueOf(id), Problem.DUPLICATE_TASK);
            }
            edits.add(new TaskSheetEdit(index + 1, id, cells.code(TaskSheet.STATUS, FollowUpStatus.class),
                    cells.date(TaskSheet.DUE), cells.date(TaskSheet.SNOOZED_UNTIL), cells.yesNo(TaskSheet.REACHED),
                    cells.code(TaskSheet.REASON_CODE, OutcomeReason.class), cells.date(TaskSheet.PROMISED_DATE),
                    cells.date(TaskSheet.CONTACTED_ON), cells.text(TaskSheet.NOTES), cells.text(TaskSheet.OUTCOME_NOTES)));
        }
        return edits;
    }

    private Map<String, Integer> columns(Path file, Row header) throws TaskSheetException {
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                columns.putIfAbsent(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT), cell.getColumnIndex());
            }
        }
        for (String name : TaskSheet.EDITABLE) {
            if (!columns.containsKey(name)) {
                throw new TaskSheetException(file, 1, name, "", Problem.MISSING_COLUMN);
            }
        }
        return columns;
    }

    private boolean isBlank(Row row, Map<String, Integer> columns) {
        return columns.values().stream().allMatch(column -> formatter.formatCellValue(row.getCell(column)).isBlank());
    }

    /** The cells of one row, each read by its column's rule. */
    private final class Cells {
        private final Path file;
        private final Row row;
        private final Map<String, Integer> columns;

        Cells(Path file, Row row, Map<String, Integer> columns) {
            this.file = file;
            this.row = row;
            this.columns = columns;
        }

        private Cell cell(String column) {
            return row.getCell(columns.get(column));
        }

        /** The cell's text as shown, stripped; null when blank. */
        String text(String column) {
            String text = formatter.formatCellValue(cell(column)).strip();
            return text.isEmpty() ? null : text;
        }

        private TaskSheetException problem(String column, Problem problem) {
            String text = formatter.formatCellValue(cell(column)).strip();
            return new TaskSheetException(file, row.getRowNum() + 1, column, text, problem);
        }

        long taskId() throws TaskSheetException {
            String text = text(TaskSheet.TASK_ID);
            try {
                return new BigDecimal(text == null ? "" : text).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw problem(TaskSheet.TASK_ID, Problem.NOT_A_TASK_ID);
            }
        }

        LocalDate date(String column) throws TaskSheetException {
            Cell cell = cell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                double number = cell.getNumericCellValue();
                // A whole number in a date column is a date serial whose format an app dropped (as on import).
                if (DateUtil.isCellDateFormatted(cell) || number == Math.rint(number) && number >= 1 && number <= MAX_SERIAL) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                throw problem(column, Problem.NOT_A_DATE);
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.replace('/', '-').replace('.', '-'), TEXT_DATE);
            } catch (DateTimeParseException e) {
                throw problem(column, Problem.NOT_A_DATE);
            }
        }

        <E extends Enum<E>> E code(String column, Class<E> type) throws TaskSheetException {
            String text = text(column);
            if (text == null) {
                return null;
            }
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text)) {
                    return value;
                }
            }
            throw problem(column, Problem.UNKNOWN_VALUE);
        }

        Boolean yesNo(String column) throws TaskSheetException {
            Cell cell = cell(column);
            if (cell != null && cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (YES.contains(lower)) {
                return true;
            }
            if (NO.contains(lower)) {
                return false;
            }
            throw problem(column, Problem.NOT_YES_NO);
        }
    }
}
