package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.SourceFormat;
import io.customerlens.importer.source.TabularSource;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A workbook held in memory, for testing the importer without files. */
final class InMemorySource implements TabularSource {

    private final Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
    private final boolean date1904;
    private int rowsStreamed;

    InMemorySource(boolean date1904) {
        this.date1904 = date1904;
    }

    InMemorySource sheet(String name, List<RawRow> rows) {
        sheets.put(name, List.copyOf(rows));
        return this;
    }

    /** How many rows callers pulled from all streams so far. */
    int rowsStreamed() {
        return rowsStreamed;
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
        return date1904;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        return sheets.get(sheetName).stream().peek(row -> rowsStreamed++);
    }

    @Override
    public void close() {
    }
}
