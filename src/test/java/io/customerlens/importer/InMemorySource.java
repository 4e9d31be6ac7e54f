package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.SourceFormat;
import io.customerlens.importer.source.TabularSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A workbook held in memory, for testing the importer without files. */
final class InMemorySource implements TabularSource {

    private final Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
    private final boolean date1904;
    private final Map<String, IOException> damage = new HashMap<>();
    private int rowsStreamed;

    InMemorySource(boolean date1904) {
        this.date1904 = date1904;
    }

    InMemorySource sheet(String name, List<RawRow> rows) {
        sheets.put(name, List.copyOf(rows));
        return this;
    }

    /** Makes reading the sheet fail after its last row, as a reader fails on a sheet whose XML breaks off. */
    InMemorySource damagedAtTheEnd(String name, IOException damaged) {
        damage.put(name, damaged);
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
        Stream<RawRow> rows = sheets.get(sheetName).stream().peek(row -> rowsStreamed++);
        IOException damaged = damage.get(sheetName);
        if (damaged == null) {
            return rows;
        }
        return Stream.concat(rows, Stream.of(damaged).<RawRow>map(failure -> {
            throw new UncheckedIOException(failure);
        }));
    }

    @Override
    public void close() {
    }
}
