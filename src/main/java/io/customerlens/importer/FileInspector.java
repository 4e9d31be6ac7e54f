package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.importer.source.TabularSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens a file and finds, per sheet, the header row, a preview, a suggested mapping and the date order,
 * reading at most {@value #SAMPLE_ROWS} rows of each sheet so a million-line sheet is inspected in
 * moments. The proposed sales sheets are the best-scoring sheet and every sheet with the same set of
 * headers (Online Retail II's "Year 2009-2010" and "Year 2010-2011"), in workbook order.
 */
public final class FileInspector {

    static final int SAMPLE_ROWS = 2_000;

    private final SourceOpener opener;
    private final SheetInspector sheetInspector = new SheetInspector();

    public FileInspector(SourceOpener opener) {
        this.opener = opener;
    }

    public FileInspection inspect(Path file, Optional<Charset> encoding) throws IOException {
        try (TabularSource source = opener.open(file, encoding)) {
            return inspect(file, source);
        }
    }

    /** Inspects an already opened source (the seam tests use with in-memory sources). */
    FileInspection inspect(Path file, TabularSource source) throws IOException {
        List<SheetInspection> sheets = new ArrayList<>();
        for (String sheetName : source.sheetNames()) {
            List<RawRow> sample;
            try (Stream<RawRow> rows = source.firstRows(sheetName, SAMPLE_ROWS)) {
                sample = rows.toList();
            } catch (UncheckedIOException unreadable) {
                // a reader's streams can only throw unchecked: the file's problem, named by the reader
                throw unreadable.getCause();
            }
            sheets.add(sheetInspector.inspect(sheetName, sample, source.date1904()));
        }
        return new FileInspection(file, source.format(), source.charset(), source.date1904(), sheets,
                salesSheets(sheets));
    }

    private static List<String> salesSheets(List<SheetInspection> sheets) {
        SheetInspection best = null;
        for (SheetInspection sheet : sheets) {
            boolean hasHeader = sheet.layout().headerRowNumber() > 0;
            if (hasHeader && (best == null || sheet.salesScore() > best.salesScore())) {
                best = sheet;
            }
        }
        if (best == null) {
            return List.of();
        }
        String signature = HeaderSignature.of(best.layout().headers());
        List<String> names = new ArrayList<>();
        for (SheetInspection sheet : sheets) {
            if (sheet == best || sheet.layout().headerRowNumber() > 0
                    && HeaderSignature.of(sheet.layout().headers()).equals(signature)) {
                names.add(sheet.layout().sheetName());
            }
        }
        return names;
    }
}
