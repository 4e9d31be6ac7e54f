package io.customerlens.importer.source;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.RecordFormatException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A BIFF8 .xls workbook through POI's usermodel. An .xls holds at most 65,536 rows a sheet, so
 * loading it whole is fine. Merged areas are applied as {@link MergedCellFiller} says.
 */
public final class XlsSource implements TabularSource {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<String> sheetNames;

    private XlsSource(Path file, HSSFWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        this.sheetNames = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    /** @throws UnreadableFileException when the file is encrypted, pre-Excel-97, damaged or not a workbook */
    public static XlsSource open(Path file) throws IOException {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            // without preserved nodes the usermodel copies every record into memory, so the file can close at once
            return new XlsSource(file, new HSSFWorkbook(fileSystem.getRoot(), false));
        } catch (EncryptedDocumentException encrypted) {
            throw new RefusedFileException(file, FileRefusal.ENCRYPTED,
                    "the workbook is password-protected (encrypted)", encrypted);
        } catch (OldFileFormatException tooOld) {
            throw new RefusedFileException(file, FileRefusal.TOO_OLD,
                    "Excel 5/95 or older workbook; save it as .xlsx first", tooOld);
        } catch (IOException | RecordFormatException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException damaged) {
            // POI reports damaged or foreign OLE2 content (a Word file, a truncated copy) through these
            throw new RefusedFileException(file, FileRefusal.DAMAGED_XLS,
                    "damaged or not an Excel 97-2003 workbook (" + reason(damaged) + ")", damaged);
        }
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLS;
    }

    @Override
    public Optional<Charset> charset() {
        return Optional.empty();
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        HSSFSheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet named " + sheetName + " in " + file.getFileName());
        }
        MergedCellFiller merged = new MergedCellFiller(sheet.getMergedRegions().stream()
                .map(region -> new MergedArea(region.getFirstRow() + 1, region.getLastRow() + 1,
                        region.getFirstColumn(), region.getLastColumn()))
                .toList());
        XlsCellConverter converter = new XlsCellConverter();
        Spliterator<Row> rows = Spliterators.spliteratorUnknownSize(sheet.rowIterator(), Spliterator.ORDERED);
        return StreamSupport.stream(rows, false).map(row -> toRawRow(row, converter, merged));
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static RawRow toRawRow(Row row, XlsCellConverter converter, MergedCellFiller merged) {
        int count = Math.max(row.getLastCellNum(), 0);
        Cell[] cells = new Cell[count];
        for (int i = 0; i < count; i++) {
            cells[i] = converter.convert(row.getCell(i));
        }
        cells = merged.apply(row.getRowNum() + 1, cells);
        int width = cells.length;
        while (width > 0 && cells[width - 1].kind() == CellKind.BLANK) {
            width--;
        }
        return new RawRow(row.getRowNum() + 1, List.of(Arrays.copyOf(cells, width)));
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
