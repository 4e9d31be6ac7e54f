package io.customerlens.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * What every .xlsx the app writes shares: a streaming workbook (only a window of rows in memory, so a
 * million-line sheet fits), a bold header style, a date style, and a safe way to put the file in place.
 */
public final class StreamingWorkbooks {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    static final int ROWS_KEPT_IN_MEMORY = 200;

    /** Fills a fresh workbook; whatever it returns is handed back by {@link #write}. */
    @FunctionalInterface
    public interface Content<T> {
        T fill(SXSSFWorkbook workbook) throws IOException;
    }

    private StreamingWorkbooks() {
    }

    /**
     * Builds the workbook into a temporary file beside {@code file} and then moves it into place, so a
     * failure (full disk, bad value, the target open in Excel) never leaves a half-written workbook behind
     * and never destroys a file that was already there.
     */
    public static <T> T write(Path file, Content<T> content) throws IOException {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: that makes the file readable by its owner only on Linux and macOS,
        // and the moved workbook would keep those permissions instead of the user's usual ones.
        Path temporary = target.resolveSibling(".customerlens-" + UUID.randomUUID() + ".xlsx.tmp");
        try {
            T result;
            // Inline strings: POI's shared-strings table serialises every text to XML to look it up, which
            // halved the writing speed. SXSSF's own temp files stay uncompressed: gzip cost more than disk.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_KEPT_IN_MEMORY, false, false);
                 OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                         StandardOpenOption.WRITE)) {
                result = fillAndWrite(workbook, content, out);
            }
            moveIntoPlace(temporary, target);
            return result;
        } catch (FileSystemException e) {
            deleteAfterFailure(temporary, e);
            throw temporary.toString().equals(e.getFile()) ? aboutTarget(e, target) : e;
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(temporary, e);
            throw e;
        }
    }

    private static void deleteAfterFailure(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /**
     * The same failure of our temporary file, naming the file the user chose instead: the message is shown
     * to them, and the temporary name would only puzzle them. A missing file means a missing folder.
     */
    private static FileSystemException aboutTarget(FileSystemException failure, Path target) {
        String reason = failure.getReason();
        FileSystemException named = switch (failure) {
            case NoSuchFileException missing ->
                    new NoSuchFileException(String.valueOf(target.getParent()), null, reason);
            case AccessDeniedException denied -> new AccessDeniedException(target.toString(), null, reason);
            default -> new FileSystemException(target.toString(), null, reason);
        };
        named.initCause(failure);
        return named;
    }

    private static <T> T fillAndWrite(SXSSFWorkbook workbook, Content<T> content, OutputStream out)
            throws IOException {
        try {
            T result = content.fill(workbook);
            workbook.write(out);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            flushRowsLeftInMemory(workbook, e);
            throw e;
        }
    }

    /**
     * close() closes the sheets' temporary files and then flushes the rows still in memory into them,
     * logging a warning per sheet; flushing them first, while the files are open, keeps a failure quiet.
     */
    private static void flushRowsLeftInMemory(SXSSFWorkbook workbook, Throwable failure) {
        try {
            for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
                workbook.getSheetAt(sheet).flushRows();
            }
        } catch (IOException flushFailure) {
            failure.addSuppressed(flushFailure);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static CellStyle boldStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** ISO dates in every language, as the app shows them: unambiguous for day-first and month-first users. */
    public static CellStyle dateStyle(Workbook workbook) {
        return formatStyle(workbook, "yyyy-mm-dd");
    }

    public static CellStyle formatStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /**
     * Sets widths in characters. Call it after the rows are written: while columns are defined, POI looks
     * up a column style for every new cell.
     */
    public static void setColumnWidths(Sheet sheet, int[] widthsInCharacters) {
        for (int column = 0; column < widthsInCharacters.length; column++) {
            sheet.setColumnWidth(column, widthsInCharacters[column] * 256);
        }
    }
}
