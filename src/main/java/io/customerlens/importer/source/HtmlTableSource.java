package io.customerlens.importer.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An HTML page saved as .xls (what many Chinese ERPs call "export to Excel"). Every table with rows
 * is a sheet; the one with the most rows comes first and carries the file's name, because that is
 * the data and the small ones are layout or search-criteria boxes. Cells are text, as the page shows them.
 */
public final class HtmlTableSource implements TabularSource {

    private final Charset charset;
    private final Map<String, List<Element>> rowsBySheet;

    private HtmlTableSource(Charset charset, Map<String, List<Element>> rowsBySheet) {
        this.charset = charset;
        this.rowsBySheet = rowsBySheet;
    }

    /**
     * @param encodingOverride the user's charset; empty = BOM, meta charset, then detection
     * @throws UnreadableFileException when the page holds no table
     */
    public static HtmlTableSource open(Path file, Optional<Charset> encodingOverride) throws IOException {
        TextEncoding encoding = encodingOverride.isPresent()
                ? TextEncodingDetector.overridden(encodingOverride.get(), TextEncodingDetector.readHead(file, 4))
                : new HtmlCharsetSniffer().sniff(file);
        Document page;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            page = Jsoup.parse(in, encoding.charset().name(), "");
        }
        Map<String, List<Element>> sheets = sheetsOf(page, baseName(file));
        if (sheets.isEmpty()) {
            throw new RefusedFileException(file, FileRefusal.NO_HTML_TABLE, "the HTML page contains no table");
        }
        return new HtmlTableSource(encoding.charset(), sheets);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML_TABLE;
    }

    @Override
    public Optional<Charset> charset() {
        return Optional.of(charset);
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(rowsBySheet.keySet());
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        List<Element> rows = rowsBySheet.get(sheetName);
        if (rows == null) {
            throw new IllegalArgumentException("no table named " + sheetName);
        }
        return HtmlTableGrid.layOut(rows).stream();
    }

    @Override
    public void close() {
        // the page was read whole when opened; nothing stays open
    }

    private static Map<String, List<Element>> sheetsOf(Document page, String baseName) {
        List<NumberedTable> tables = new ArrayList<>();
        int number = 0;
        for (Element table : page.getElementsByTag("table")) {
            number++;
            List<Element> rows = HtmlTableGrid.ownRows(table);
            if (!rows.isEmpty()) {
                tables.add(new NumberedTable(number, rows));
            }
        }
        tables.sort(Comparator.comparingInt((NumberedTable t) -> t.rows().size()).reversed()
                .thenComparingInt(NumberedTable::number));
        Map<String, List<Element>> sheets = new LinkedHashMap<>();
        for (NumberedTable table : tables) {
            String name = sheets.isEmpty() ? baseName : "Table " + table.number();
            sheets.put(sheets.containsKey(name) ? name + " (" + table.number() + ")" : name, table.rows());
        }
        return sheets;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private record NumberedTable(int number, List<Element> rows) {
    }
}
