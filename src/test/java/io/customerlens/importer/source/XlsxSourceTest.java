package io.customerlens.importer.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSourceTest {

    private XlsxSource source;
    private List<RawRow> orders;

    @BeforeEach
    void openOrders() throws IOException {
        source = XlsxSource.open(Fixture.path("orders-two-sheets.xlsx"));
        orders = Fixture.rows(source, "Orders");
    }

    @AfterEach
    void close() throws IOException {
        source.close();
    }

    @Test
    void xlsxListsSheetsInWorkbookOrder() {
        assertThat(source.sheetNames()).containsExactly("Orders", "Returns");
        assertThat(source.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(source.charset()).isEmpty();
    }

    @Test
    void xlsxRowNumbersAreExcelRowNumbersWithGapsForMissingRows() {
        assertThat(orders).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 5);
    }

    @Test
    void xlsxSharedStringKeepsLeadingZeros() {
        assertThat(Fixture.row(orders, 2).cell(0)).isEqualTo(new Cell(CellKind.TEXT, "00123"));
    }

    @Test
    void xlsxInlineStringIsText() {
        assertThat(Fixture.row(orders, 2).cell(1)).isEqualTo(new Cell(CellKind.TEXT, "华联超市"));
        assertThat(Fixture.row(orders, 1).cell(6)).isEqualTo(new Cell(CellKind.TEXT, "备注"));
    }

    @ParameterizedTest(name = "row {0} column {1}: {2}")
    @CsvSource({
            "2, 2, 45356",     // built-in format 14
            "3, 2, 45357",     // custom yyyy/m/d
            "5, 2, 45358.5",   // custom date-time
    })
    void xlsxDateFormattedNumberIsReadAsDateSerial(int row, int column, String serial) {
        assertThat(Fixture.row(orders, row).cell(column)).isEqualTo(new Cell(CellKind.DATE, serial));
    }

    @ParameterizedTest(name = "row {0} column {1}: {2}")
    @CsvSource({
            "3, 0, 11616528",  // written as 1.1616528E7
            "5, 0, 11616528",
            "2, 3, 1234.5",    // amount format #,##0.00 is not a date
            "3, 3, 0.1",       // written as 0.10000000000000001
            "3, 4, 2.5",       // written as 2.50
            "2, 4, 3",
    })
    void xlsxNumberIsPlainDecimalText(int row, int column, String text) {
        assertThat(Fixture.row(orders, row).cell(column)).isEqualTo(new Cell(CellKind.NUMBER, text));
    }

    @Test
    void xlsxBooleansReadAsTrueAndFalse() {
        assertThat(Fixture.row(orders, 2).cell(5)).isEqualTo(new Cell(CellKind.BOOLEAN, "TRUE"));
        assertThat(Fixture.row(orders, 3).cell(5)).isEqualTo(new Cell(CellKind.BOOLEAN, "FALSE"));
    }

    @Test
    void xlsxErrorCellKeepsItsErrorCode() {
        assertThat(Fixture.row(orders, 2).cell(6)).isEqualTo(new Cell(CellKind.ERROR, "#N/A"));
    }

    @Test
    void xlsxFormulaCellsGiveTheirCachedResult() {
        assertThat(Fixture.row(orders, 5).cell(3)).isEqualTo(new Cell(CellKind.NUMBER, "2469"));
        assertThat(Fixture.row(orders, 3).cell(6)).isEqualTo(new Cell(CellKind.TEXT, "Café Régal!"));
        assertThat(Fixture.row(orders, 5).cell(4)).isEqualTo(new Cell(CellKind.ERROR, "#DIV/0!"));
    }

    @Test
    void xlsxStyledEmptyCellIsBlank() {
        assertThat(Fixture.row(orders, 5).cell(1)).isEqualTo(Cell.BLANK);
    }

    @Test
    void xlsxSecondSheetIsReadOnItsOwn() throws IOException {
        assertThat(Fixture.rows(source, "Returns"))
                .extracting(row -> row.cell(0).text() + "|" + row.cell(1).text())
                .containsExactly("客户编码|金额", "00123|-100");
    }

    @Test
    void xlsxUsesThe1900DateSystemByDefault() {
        assertThat(source.date1904()).isFalse();
    }

    @Test
    void xlsxSavedByOldMacExcelReportsThe1904DateSystem() throws IOException {
        try (XlsxSource mac = XlsxSource.open(Fixture.path("mac-1904.xlsx"))) {
            assertThat(mac.date1904()).isTrue();
            assertThat(Fixture.row(Fixture.rows(mac, "Sheet1"), 2).cell(0)).isEqualTo(new Cell(CellKind.DATE, "43894"));
        }
    }

    @Test
    void xlsxUnknownSheetIsRefused() {
        assertThatThrownBy(() -> source.rows("Nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nope");
    }

    /**
     * The sheet's XML is broken after its 200,000 rows. A reader that parsed the sheet up front
     * would fail before handing out the first row; a streaming one only fails when it gets there.
     */
    @Test
    void xlsxStreamsRowsWithoutParsingTheWholeSheetFirst(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.xlsx");
        new MinimalXlsxWriter().sheet("Data", out -> {
            for (int r = 1; r <= 200_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>customer " + r + "</t></is></c></row>");
            }
            out.write("<row r=\"200001\"><c r=\"A200001\" t=\"b\"><v>not a boolean</v></row>");
        }).write(big);

        try (XlsxSource bigSource = XlsxSource.open(big)) {
            try (Stream<RawRow> rows = bigSource.rows("Data")) {
                assertThat(rows.limit(3).map(row -> row.cell(1).text()).toList())
                        .containsExactly("customer 1", "customer 2", "customer 3");
            }
            try (Stream<RawRow> rows = bigSource.rows("Data")) {
                assertThatThrownBy(rows::count).isInstanceOf(UncheckedIOException.class)
                        .hasCauseInstanceOf(UnreadableFileException.class)
                        .hasMessageContaining("big.xlsx");
            }
        }
    }

    @Test
    void xlsxOpenedThroughTheOpenerIsRecognisedByContent() throws IOException {
        try (TabularSource opened = new SourceOpener().open(Fixture.path("orders-two-sheets.xlsx"), Optional.empty())) {
            assertThat(opened).isInstanceOf(XlsxSource.class);
        }
    }
}
