package io.customerlens.importer.source;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An .xlsx workbook read row by row from the sheet XML with fastexcel, raw values only: POI's
 * formatting reader is three times slower and a 1,000,000-line sheet is never held in memory. Merged
 * areas, which the sheet lists after its rows, come from a light first pass ({@link XlsxMergedAreas})
 * and are applied as {@link MergedCellFiller} says.
 */
public final class XlsxSource implements TabularSource {

    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;

    private final Path file;
    private final ReadableWorkbook workbook;
    private final List<String> sheetNames;

    private XlsxSource(Path file, ReadableWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        this.sheetNames = workbook.getSheets().map(Sheet::getName).toList();
    }

    /** @throws UnreadableFileException when the zip is damaged or holds no workbook */
    public static XlsxSource open(Path file) throws IOException {
        XlsxPackageGuard.Findings findings = XlsxPackageGuard.check(file);
        ReadableWorkbook workbook;
        try {
            // cell formats are needed to tell date serials from plain numbers; a workbook without styles has
            // none (fastexcel would fail looking for them), and its date column holds serials DateParser reads
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(findings.hasStyles(), false));
        } catch (ExcelReaderException notAWorkbook) {
            throw new RefusedFileException(file, FileRefusal.NOT_A_WORKBOOK,
                    "not a readable Excel workbook (" + reason(notAWorkbook) + ")", notAWorkbook);
        } catch (IOException damaged) {
            // the zip library repeats the full path, which the message already names
            String why = reason(damaged).replace(file.toString(), "the file");
            throw new RefusedFileException(file, FileRefusal.DAMAGED_XLSX,
                    "damaged or truncated xlsx (" + why + ")", damaged, "");
        }
        try {
            requireOnePartPerSheet(file, workbook);
        } catch (IOException refused) {
            workbook.close();
            throw refused;
        }
        return new XlsxSource(file, workbook);
    }

    /**
     * Sheets that all point at one part would make a single huge part be read once for each of them: 200
     * sheets of one 100 MB part are 20 GB of XML. Excel gives every sheet its own part.
     */
    private static void requireOnePartPerSheet(Path file, ReadableWorkbook workbook) throws IOException {
        Map<String, String> parts = XlsxMergedAreas.partsById(file);
        Map<String, Long> sheetsPerPart = workbook.getSheets().map(sheet -> parts.get(sheet.getId()))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(part -> part, TreeMap::new, Collectors.counting()));
        for (Map.Entry<String, Long> shared : sheetsPerPart.entrySet()) {
            if (shared.getValue() > 1) {
                throw new RefusedFileException(file, FileRefusal.PART_SHARED_BY_SHEETS,
                        shared.getValue() + " sheets point at the one part " + shared.getKey(),
                        shared.getKey(), shared.getValue());
            }
        }
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLSX;
    }

    @Override
    public Optional<Charset> charset() {
        return Optional.empty();
    }

    @Override
    public boolean date1904() {
        return workbook.isDate1904();
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public Stream<RawRow> rows(String sheetName) throws IOException {
        Sheet sheet = sheet(sheetName);
        return rows(sheet, new MergedCellFiller(XlsxMergedAreas.read(file, sheet.getId())));
    }

    /** The first rows without merged areas: learning them costs a pass over the whole sheet, too much for a look. */
    @Override
    public Stream<RawRow> firstRows(String sheetName, int limit) throws IOException {
        return rows(sheet(sheetName), new MergedCellFiller(List.of())).limit(limit);
    }

    private Sheet sheet(String sheetName) {
        return workbook.findSheet(sheetName).orElseThrow(() ->
                new IllegalArgumentException("no sheet named " + sheetName + " in " + file.getFileName()));
    }

    private Stream<RawRow> rows(Sheet sheet, MergedCellFiller merged) throws IOException {
        Stream<Row> rows;
        try {
            rows = sheet.openStream();
        } catch (ExcelReaderException broken) {
            throw new RefusedFileException(file, FileRefusal.SHEET_UNREADABLE,
                    "sheet " + sheet.getName() + " cannot be read (" + reason(broken) + ")", broken, sheet.getName());
        }
        XlsxCellConverter converter = new XlsxCellConverter();
        Spliterator<RawRow> converted = new ConvertingSpliterator(rows.spliterator(), converter, merged, sheet.getName());
        return StreamSupport.stream(converted, false).onClose(rows::close);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static RawRow toRawRow(Row row, int rowNumber, XlsxCellConverter converter, MergedCellFiller merged) {
        int count = row.getCellCount();
        Cell[] cells = new Cell[count];
        for (int i = 0; i < count; i++) {
            cells[i] = converter.convert(row.getCell(i));
        }
        cells = merged.apply(rowNumber, cells);
        int lastFilled = cells.length - 1;
        while (lastFilled >= 0 && cells[lastFilled].kind() == CellKind.BLANK) {
            lastFilled--;
        }
        // styled but empty cells up to column XFD would otherwise make every row 16,384 cells wide
        Cell[] kept = lastFilled + 1 == cells.length ? cells : Arrays.copyOf(cells, lastFilled + 1);
        return new RawRow(rowNumber, List.of(kept));
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** Converts rows lazily and turns fastexcel's unchecked parse errors into an I/O error naming the file. */
    private final class ConvertingSpliterator extends Spliterators.AbstractSpliterator<RawRow> {

        private final Spliterator<Row> rows;
        private final XlsxCellConverter converter;
        private final MergedCellFiller merged;
        private final String sheetName;
        private int lastRow;
        private int rowsSeen;

        ConvertingSpliterator(Spliterator<Row> rows, XlsxCellConverter converter, MergedCellFiller merged,
                              String sheetName) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.rows = rows;
            this.converter = converter;
            this.merged = merged;
            this.sheetName = sheetName;
        }

        @Override
        public boolean tryAdvance(Consumer<? super RawRow> action) {
            try {
                return rows.tryAdvance(row -> action.accept(toRawRow(row, checkedRowNumber(row), converter, merged)));
            } catch (ExcelReaderException broken) {
                // the parser's own words (aalto's "Unexpected character '<'") mean nothing to the user
                throw new UncheckedIOException(new RefusedFileException(file, FileRefusal.SHEET_DAMAGED,
                        "sheet " + sheetName + " is damaged after row " + lastRow + ": its XML cannot be read", broken,
                        sheetName, lastRow));
            } catch (NumberFormatException notANumber) {
                // fastexcel parses row and cell references with Integer.parseInt: r="99999999999" or r="1x"
                throw new UncheckedIOException(impossibleRowNumber());
            }
        }

        /**
         * Row numbers run from 1 to 1,048,576 and rise: a row numbered otherwise would be filed under a wrong
         * number (or overwrite an earlier row's merged areas), so the sheet is refused naming the row.
         */
        private int checkedRowNumber(Row row) {
            int number = row.getRowNum();
            if (isUnnumbered(row, number)) {
                number = lastRow + 1;
            }
            rowsSeen++;
            if (number < 1 || number > MAX_ROWS) {
                throw new UncheckedIOException(impossibleRowNumber());
            }
            if (number <= lastRow) {
                throw new UncheckedIOException(new RefusedFileException(file, FileRefusal.ROW_NUMBER_BACKWARDS,
                        "sheet " + sheetName + ": row " + number + " comes after row " + lastRow
                                + " (rows must be in order)", sheetName, number, lastRow));
            }
            lastRow = number;
            return number;
        }

        /**
         * A row may leave out its number (r): it is then the row after the one before. fastexcel 0.20 numbers such
         * a row, and its cells without a reference, by the row's 0-based position, which is never above the row
         * before it; a cell that has its reference (A2) is one row below that (0-based 1), so a row written out of
         * order is not taken for one without a number.
         */
        private boolean isUnnumbered(Row row, int number) {
            if (number != rowsSeen || number > lastRow) {
                return false;
            }
            for (int i = 0; i < row.getCellCount(); i++) {
                org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
                if (cell != null) {
                    return cell.getAddress().getRow() == number;
                }
            }
            return true;
        }

        private RefusedFileException impossibleRowNumber() {
            return new RefusedFileException(file, FileRefusal.ROW_NUMBER_IMPOSSIBLE,
                    "sheet " + sheetName + ": a row number after row " + lastRow + " is impossible (rows are 1 to "
                            + MAX_ROWS + ")", sheetName, lastRow);
        }
    }
}
