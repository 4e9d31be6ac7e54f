package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceOpenerTest {

    private final SourceOpener opener = new SourceOpener();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "orders-two-sheets.xlsx,  XLSX",
            "superstore-like.xls,     XLS",
            "erp-export-html.xls,     HTML_TABLE",
            "csv-saved-as.xls,        DELIMITED_TEXT",
            "customers-utf8-bom.csv,  DELIMITED_TEXT",
            "customers-utf16le.txt,   DELIMITED_TEXT",
    })
    void formatIsDecidedByContentNotExtension(String fixture, SourceFormat format) throws IOException {
        try (TabularSource source = opener.open(Fixture.path(fixture), Optional.empty())) {
            assertThat(source.format()).isEqualTo(format);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "empty.csv               | empty.csv: the file is empty",
            "garbage.xls             | garbage.xls: binary content that is neither an Excel workbook nor text",
            "truncated.xlsx          | truncated.xlsx: damaged or truncated xlsx",
            "truncated.xls           | truncated.xls: damaged or not an Excel 97-2003 workbook",
            "password-protected.xlsx | password-protected.xlsx: the workbook is password-protected (encrypted)",
    })
    void unreadableFileIsRefusedWithAOneLineReasonNamingIt(String fixture, String message) {
        assertThatThrownBy(() -> opener.open(Fixture.path(fixture), Optional.empty()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> assertThat(((UnreadableFileException) e).file()).isEqualTo(Fixture.path(fixture)));
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> opener.open(dir.resolve("gone.xlsx"), Optional.empty()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("gone.xlsx: no such file");
    }

    @Test
    void excel2003XmlSpreadsheetIsRefusedWithAHint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.xls");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> opener.open(file, Optional.empty()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("XML Spreadsheet");
    }

    @Test
    void htmlAfterBomAndWhitespaceIsStillHtml(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.xls");
        Files.writeString(file, "\uFEFF  \r\n<!DOCTYPE html><html><body><table><tr><td>客户</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        assertThat(opener.detectFormat(file)).isEqualTo(SourceFormat.HTML_TABLE);
    }

    @Test
    void zipThatIsNoWorkbookIsUnreadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("photos.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> opener.open(file, Optional.empty()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("photos.xlsx: ");
    }
}
