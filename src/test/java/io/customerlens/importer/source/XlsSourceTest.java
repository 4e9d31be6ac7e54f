package io.customerlens.importer.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsSourceTest {

    private XlsSource source;
    private List<RawRow> orders;

    @BeforeEach
    void openWorkbook() throws IOException {
        source = XlsSource.open(Fixture.path("superstore-like.xls"));
        orders = Fixture.rows(source, "订单");
    }

    @AfterEach
    void close() throws IOException {
        source.close();
    }

    @Test
    void xlsListsSheetsInWorkbookOrder() {
        assertThat(source.sheetNames()).containsExactly("订单", "退货");
        assertThat(source.format()).isEqualTo(SourceFormat.XLS);
        assertThat(source.date1904()).isFalse();
    }

    @Test
    void xlsRowNumbersAreExcelRowNumbers() {
        assertThat(orders).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void xlsMergedTitleKeepsItsValueOnlyInTheTopLeftCell() {
        RawRow title = Fixture.row(orders, 1);
        assertThat(title.cell(0)).isEqualTo(Cell.text("销售明细表 2024年3月"));
        assertThat(title.cells()).hasSize(1); // the stale value in C1 under the merge is blanked
        assertThat(title.cell(2)).isEqualTo(Cell.BLANK);
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @CsvSource({
            "3, 45356", // built-in format 14
            "4, 45357", // custom yyyy-mm-dd
    })
    void xlsDateFormattedNumberIsReadAsDateSerial(int row, String serial) {
        assertThat(Fixture.row(orders, row).cell(2)).isEqualTo(new Cell(CellKind.DATE, serial));
    }

    @ParameterizedTest(name = "row {0} column {1}: {2}")
    @CsvSource({
            "3, 3, 1234.5",   // amount format is not a date
            "4, 0, 11616528", // the double 11616528.0
            "4, 3, 0.1",
            "3, 4, 3",
    })
    void xlsNumberIsPlainDecimalText(int row, int column, String text) {
        assertThat(Fixture.row(orders, row).cell(column)).isEqualTo(new Cell(CellKind.NUMBER, text));
    }

    @Test
    void xlsTextKeepsLeadingZeros() {
        assertThat(Fixture.row(orders, 3).cell(0)).isEqualTo(Cell.text("00123"));
    }

    @Test
    void xlsFormulaCellsGiveTheirCachedResult() {
        assertThat(Fixture.row(orders, 4).cell(4)).isEqualTo(new Cell(CellKind.NUMBER, "6"));
        assertThat(Fixture.row(orders, 6).cell(3)).isEqualTo(new Cell(CellKind.NUMBER, "1234.6"));
    }

    @Test
    void xlsBooleansReadAsTrueAndFalse() {
        assertThat(Fixture.row(orders, 3).cell(5)).isEqualTo(new Cell(CellKind.BOOLEAN, "TRUE"));
        assertThat(Fixture.row(orders, 4).cell(5)).isEqualTo(new Cell(CellKind.BOOLEAN, "FALSE"));
    }

    @Test
    void xlsSecondSheetIsReadOnItsOwn() throws IOException {
        assertThat(Fixture.rows(source, "退货")).extracting(row -> row.cell(0).text())
                .containsExactly("订单 ID", "CN-2024-0001");
    }
}
