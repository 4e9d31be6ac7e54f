package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedTextSourceTest {

    private static List<RawRow> read(DelimitedTextSource source) throws IOException {
        return Fixture.rows(source, source.sheetNames().getFirst());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "customers-utf8.csv,         UTF-8",
            "customers-utf8-bom.csv,     UTF-8",
            "customers-utf16le.txt,      UTF-16LE",
            "customers-gbk.csv,          GB18030",
            "csv-saved-as.xls,           GB18030",
            "customers-windows-1252.csv, windows-1252",
            "customers-cp850.csv,        IBM850",
            "customers-semicolon.csv,    UTF-8",
    })
    void textCharsetIsDetectedFromContent(String fixture, String charset) throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path(fixture), Optional.empty())) {
            assertThat(source.charset()).contains(Charset.forName(charset));
        }
    }

    @ParameterizedTest(name = "{0}: row {1} column {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            "customers-utf8-bom.csv     | 1 | 0 | 客户编码",
            "customers-utf8.csv         | 5 | 1 | Café Régal",
            "customers-gbk.csv          | 3 | 1 | 喆啡酒店",
            "customers-gbk.csv          | 2 | 3 | 1,234.50",
            "customers-windows-1252.csv | 2 | 0 | Café Régal",
            "customers-windows-1252.csv | 2 | 1 | Königsberg",
            "customers-cp850.csv        | 3 | 2 | Martín",
            "customers-cp850.csv        | 4 | 1 | Rambla de Cataluña, 23",
            "customers-cp850.csv        | 5 | 1 | Berguvsvägen  8",
            "customers-utf16le.txt      | 2 | 1 | Königsberg",
            "csv-saved-as.xls           | 2 | 0 | 华联超市",
    })
    void textCellIsDecodedAndSplitCorrectly(String fixture, int row, int column, String text) throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path(fixture), Optional.empty())) {
            assertThat(Fixture.row(read(source), row).cell(column)).isEqualTo(Cell.text(text));
        }
    }

    @ParameterizedTest(name = "{0} splits on {1}")
    @CsvSource({
            "customers-utf8.csv,      44",
            "customers-semicolon.csv, 59",
            "csv-saved-as.xls,        9",
            "customers-utf16le.txt,   9",
    })
    void textDelimiterIsDetectedFromTheFirstLines(String fixture, int delimiter) throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path(fixture), Optional.empty())) {
            assertThat(source.delimiter()).isEqualTo((char) delimiter);
        }
    }

    @Test
    void textQuotedFieldMaySpanLinesAndRowNumbersAreStartLines() throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path("customers-utf8.csv"), Optional.empty())) {
            List<RawRow> rows = read(source);
            assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 5);
            assertThat(Fixture.row(rows, 3).cell(1)).isEqualTo(Cell.text("Smith, John\nsecond line"));
        }
    }

    @Test
    void textQuotedDelimiterStaysInsideItsField() throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path("customers-semicolon.csv"), Optional.empty())) {
            assertThat(Fixture.row(read(source), 3).cells()).extracting(Cell::text)
                    .containsExactly("Schmidt; Söhne", "06.03.2024", "88,00");
        }
    }

    @Test
    void textCrlfLineEndsLeaveNoCarriageReturnInCells() throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path("customers-windows-1252.csv"), Optional.empty())) {
            List<RawRow> rows = read(source);
            assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3);
            assertThat(Fixture.row(rows, 3).cell(2)).isEqualTo(Cell.text("2765.9"));
        }
    }

    @Test
    void textEncodingOverrideWinsOverDetection() throws IOException {
        Path file = Fixture.path("customers-windows-1252.csv");
        try (DelimitedTextSource source = DelimitedTextSource.open(file, Optional.of(StandardCharsets.ISO_8859_1))) {
            assertThat(source.charset()).contains(StandardCharsets.ISO_8859_1);
            assertThat(Fixture.row(read(source), 2).cell(0)).isEqualTo(Cell.text("Café Régal"));
        }
    }

    @Test
    void textHasOneSheetNamedAfterTheFile() throws IOException {
        try (DelimitedTextSource source = DelimitedTextSource.open(Fixture.path("customers-gbk.csv"), Optional.empty())) {
            assertThat(source.sheetNames()).containsExactly("customers-gbk");
            assertThat(source.format()).isEqualTo(SourceFormat.DELIMITED_TEXT);
            assertThat(source.date1904()).isFalse();
        }
    }

    @Test
    void textCellsAreTextOrBlank(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gaps.csv");
        Files.writeString(file, "a,,c\n\n1,2,\n", StandardCharsets.UTF_8);
        try (DelimitedTextSource source = DelimitedTextSource.open(file, Optional.empty())) {
            List<RawRow> rows = read(source);
            assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3);
            assertThat(Fixture.row(rows, 1).cells()).containsExactly(Cell.text("a"), Cell.BLANK, Cell.text("c"));
            assertThat(Fixture.row(rows, 2).isBlank()).isTrue();
            assertThat(Fixture.row(rows, 3).cells()).extracting(Cell::kind)
                    .containsExactly(CellKind.TEXT, CellKind.TEXT, CellKind.BLANK);
        }
    }

    @Test
    void textStrayQuoteAfterQuotedFieldDoesNotFailTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sloppy.csv");
        Files.writeString(file, "name,amount\n\"Acme\" Ltd,5\n", StandardCharsets.UTF_8);
        try (DelimitedTextSource source = DelimitedTextSource.open(file, Optional.empty())) {
            assertThat(Fixture.row(read(source), 2).cell(1)).isEqualTo(Cell.text("5"));
        }
    }
}
