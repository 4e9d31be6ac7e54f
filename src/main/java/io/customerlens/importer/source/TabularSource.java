package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An opened spreadsheet or text file: its sheets and a streaming read of each. Text files have a
 * single sheet named after the file. Implementations must not hold a whole xlsx sheet in memory.
 */
public interface TabularSource extends AutoCloseable {

    SourceFormat format();

    /** The charset used to decode a text source; empty for binary workbooks. */
    Optional<Charset> charset();

    /** True when the workbook counts dates from 1904 (old Mac Excel); serial numbers shift by 1462 days. */
    boolean date1904();

    List<String> sheetNames();

    /**
     * True when the source's text numbers are written with a decimal comma ({@code 1.234,56}); spreadsheets
     * store numbers as numbers, and only a text export can say so.
     */
    default boolean decimalComma() {
        return false;
    }

    /** Streams the rows of one sheet in order; the caller closes the stream. */
    Stream<RawRow> rows(String sheetName) throws IOException;

    /**
     * The first {@code limit} rows of one sheet, for a look at its header and first values; the caller closes
     * the stream. A source may leave out work that only matters further down: the xlsx reader applies no
     * merged areas here, since it only learns them from a pass over the whole sheet.
     */
    default Stream<RawRow> firstRows(String sheetName, int limit) throws IOException {
        return rows(sheetName).limit(limit);
    }

    /**
     * Streams the rows of one sheet whose header row is known, so that a reader that splits rows itself
     * (delimited text) can check every later row against the header's width and mark the rows it could
     * not split reliably ({@link RawRow#defect()}). Spreadsheets have positional cells and nothing to check.
     */
    default Stream<RawRow> rows(String sheetName, int headerRowNumber) throws IOException {
        return rows(sheetName);
    }

    @Override
    void close() throws IOException;
}
