package io.customerlens.importer.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A CSV, TSV or other delimited text export, whatever its extension. One sheet named after the
 * file; every cell is text; a record's row number is the line it starts on, so a rejected line can
 * be found in an editor even when quoted fields span lines.
 */
public final class DelimitedTextSource implements TabularSource {

    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final String sheetName;

    private DelimitedTextSource(Path file, TextEncoding encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.sheetName = HtmlTableSource.baseName(file);
    }

    /** @param encodingOverride the user's charset; empty = BOM, strict UTF-8, GB18030 or a Windows code page */
    public static DelimitedTextSource open(Path file, Optional<Charset> encodingOverride) throws IOException {
        TextEncoding encoding = encodingOverride.isPresent()
                ? TextEncodingDetector.overridden(encodingOverride.get(), TextEncodingDetector.readHead(file, 4))
                : new TextEncodingDetector().detect(file);
        char delimiter;
        try (Reader reader = openReader(file, encoding)) {
            char[] sample = new char[SAMPLE_CHARS];
            int length = reader.read(sample, 0, sample.length);
            delimiter = new DelimiterDetector().detect(CharBuffer.wrap(sample, 0, Math.max(length, 0)));
        }
        return new DelimitedTextSource(file, encoding, delimiter);
    }

    /** The field delimiter found in the first lines. */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DELIMITED_TEXT;
    }

    @Override
    public Optional<Charset> charset() {
        return Optional.of(encoding.charset());
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    @Override
    public Stream<RawRow> rows(String sheetName) throws IOException {
        if (!this.sheetName.equals(sheetName)) {
            throw new IllegalArgumentException("no sheet named " + sheetName + " in " + file.getFileName());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // a blank line is a blank row, so line numbers stay true
                .setLenientEof(true)
                .setTrailingData(true) // tolerate "abc"def as ERPs write it, rather than failing the file
                .get();
        Reader reader = openReader(file, encoding);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | UncheckedIOException failed) {
            reader.close();
            throw failed;
        }
        return StreamSupport.stream(new RecordSpliterator(parser), false).onClose(() -> closeQuietly(parser));
    }

    @Override
    public void close() {
        // each rows() stream owns its reader and closes it
    }

    private static Reader openReader(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException failed) {
            in.close();
            throw failed;
        }
        // an odd byte in a long export becomes U+FFFD rather than stopping the whole import
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private static RawRow toRawRow(CSVRecord record, int startLine) {
        List<Cell> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value.isEmpty() ? Cell.BLANK : new Cell(CellKind.TEXT, value));
        }
        return new RawRow(startLine, cells);
    }

    /** Tracks where each record starts: the line after the one the previous record ended on. */
    private static final class RecordSpliterator extends Spliterators.AbstractSpliterator<RawRow> {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private long nextStartLine = 1;

        RecordSpliterator(CSVParser parser) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.parser = parser;
            this.records = parser.iterator();
        }

        @Override
        public boolean tryAdvance(Consumer<? super RawRow> action) {
            if (!records.hasNext()) {
                return false;
            }
            CSVRecord record = records.next();
            int startLine = Math.toIntExact(nextStartLine);
            nextStartLine = parser.getCurrentLineNumber() + 1;
            action.accept(toRawRow(record, startLine));
            return true;
        }
    }
}
