package io.customerlens.importer.source;

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
 * be found in an editor even when quoted fields span lines. A record that cannot be split reliably (an
 * unclosed quote, more fields than the header) comes marked with its defect, and the lines after it are
 * still read ({@link DelimitedRecords}).
 */
public final class DelimitedTextSource implements TabularSource {

    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final boolean decimalComma;
    private final String sheetName;

    private DelimitedTextSource(Path file, TextEncoding encoding, char delimiter, boolean decimalComma) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.decimalComma = decimalComma;
        this.sheetName = HtmlTableSource.baseName(file);
    }

    /** @param encodingOverride the user's charset; empty = BOM, strict UTF-8, GB18030 or a Windows code page */
    public static DelimitedTextSource open(Path file, Optional<Charset> encodingOverride) throws IOException {
        TextEncoding encoding = encodingOverride.isPresent()
                ? TextEncodingDetector.overridden(encodingOverride.get(), TextEncodingDetector.readHead(file, 4))
                : new TextEncodingDetector().detect(file);
        char delimiter;
        boolean decimalComma;
        try (Reader reader = openReader(file, encoding)) {
            char[] sample = new char[SAMPLE_CHARS];
            int length = reader.read(sample, 0, sample.length);
            CharBuffer head = CharBuffer.wrap(sample, 0, Math.max(length, 0));
            delimiter = new DelimiterDetector().detect(head);
            decimalComma = new DecimalCommaDetector().detect(head, delimiter);
        }
        return new DelimitedTextSource(file, encoding, delimiter, decimalComma);
    }

    /** The field delimiter found in the first lines. */
    public char delimiter() {
        return delimiter;
    }

    /** Whether the first lines write numbers with a decimal comma ({@link DecimalCommaDetector}). */
    @Override
    public boolean decimalComma() {
        return decimalComma;
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
        return rows(sheetName, 0);
    }

    /** Rows below {@code headerRowNumber} are checked against the header's width ({@link DelimitedRecords}). */
    @Override
    public Stream<RawRow> rows(String sheetName, int headerRowNumber) throws IOException {
        if (!this.sheetName.equals(sheetName)) {
            throw new IllegalArgumentException("no sheet named " + sheetName + " in " + file.getFileName());
        }
        Reader reader = openReader(file, encoding);
        DelimitedRecords records = new DelimitedRecords(new PhysicalLines(reader, file), delimiter, headerRowNumber);
        return StreamSupport.stream(new RecordSpliterator(records), false).onClose(() -> closeQuietly(reader));
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

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    /** Streams the records; a read error surfaces as the unchecked form streams allow. */
    private static final class RecordSpliterator extends Spliterators.AbstractSpliterator<RawRow> {

        private final DelimitedRecords records;

        RecordSpliterator(DelimitedRecords records) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.records = records;
        }

        @Override
        public boolean tryAdvance(Consumer<? super RawRow> action) {
            RawRow row;
            try {
                row = records.next();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            if (row == null) {
                return false;
            }
            action.accept(row);
            return true;
        }
    }
}
