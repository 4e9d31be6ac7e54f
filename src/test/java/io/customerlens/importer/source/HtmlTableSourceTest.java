package io.customerlens.importer.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTableSourceTest {

    private HtmlTableSource source;
    private List<RawRow> rows;

    @BeforeEach
    void openExport() throws IOException {
        source = HtmlTableSource.open(Fixture.path("erp-export-html.xls"), Optional.empty());
        rows = Fixture.rows(source, "erp-export-html");
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void htmlGbkPageIsDecodedWithItsMetaCharset() {
        assertThat(source.charset()).contains(FormatFixtures.GB18030);
        assertThat(Fixture.row(rows, 2).cells()).extracting(Cell::text).containsExactly("客户名称", "单据日期", "金额", "备注");
    }

    @Test
    void htmlCharacterOnlyGbkHasSurvivesTheGb2312FamilyLabel() {
        assertThat(Fixture.row(rows, 5).cell(0)).isEqualTo(Cell.text("喆啡酒店"));
    }

    @Test
    void htmlTableWithMostRowsComesFirstNamedAfterTheFile() {
        assertThat(source.sheetNames()).containsExactly("erp-export-html", "Table 1");
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void htmlColspanLeavesBlanksSoLaterCellsStayInTheirColumn() {
        assertThat(Fixture.row(rows, 1).cells()).containsExactly(
                Cell.text("销售明细表"), Cell.BLANK, Cell.BLANK, Cell.text("制表：张三"));
    }

    @Test
    void htmlRowspanFillsTheRowsItCoversAndShiftsTheirCellsRight() {
        Cell customer = new Cell(CellKind.TEXT, "华联超市", new Cell.MergedRows(3, 4));
        assertThat(Fixture.row(rows, 3).cell(0)).isEqualTo(customer);
        assertThat(Fixture.row(rows, 4).cells()).containsExactly(
                customer, Cell.text("2024-03-06"), Cell.text("88.00"), Cell.text("补货"));
    }

    @Test
    void htmlRowspanOverAnEmptyRowLeavesItBlankAndSpansOverColumnsFillTheFirstOnly(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("spans.xls");
        Files.writeString(file, """
                <table><tr><th>客户</th><th>地区</th><th>日期</th></tr>
                <tr><td rowspan="3" colspan="2">华联超市</td><td>2024-03-05</td></tr>
                <tr><td>2024-03-06</td></tr>
                <tr><td></td></tr>
                <tr><td>永辉</td><td>华东</td><td>2024-03-07</td></tr></table>""");
        try (HtmlTableSource source = HtmlTableSource.open(file, Optional.empty())) {
            List<RawRow> spans = Fixture.rows(source, "spans");
            Cell customer = new Cell(CellKind.TEXT, "华联超市", new Cell.MergedRows(2, 4));
            assertThat(Fixture.row(spans, 2).cells()).containsExactly(customer, Cell.BLANK, Cell.text("2024-03-05"));
            assertThat(Fixture.row(spans, 3).cells()).containsExactly(customer, Cell.BLANK, Cell.text("2024-03-06"));
            assertThat(Fixture.row(spans, 4).isBlank()).isTrue();
            assertThat(Fixture.row(spans, 5).cells()).extracting(Cell::text).containsExactly("永辉", "华东", "2024-03-07");
        }
    }

    @Test
    void htmlNonBreakingSpaceCellIsBlank() {
        assertThat(Fixture.row(rows, 3).cell(3)).isEqualTo(Cell.BLANK);
    }

    @Test
    void htmlCellsAreTextAsShown() {
        assertThat(Fixture.row(rows, 5).cells()).extracting(Cell::kind)
                .containsExactly(CellKind.TEXT, CellKind.TEXT, CellKind.TEXT, CellKind.BLANK);
        assertThat(Fixture.row(rows, 5).cell(2).text()).isEqualTo("￥66.00");
    }

    @Test
    void htmlNestedTableRowsBelongToTheInnerTable(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("nested.xls");
        Files.writeString(page, "<html><body><table><tr><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table>"
                + "</td></tr></table></body></html>", StandardCharsets.UTF_8);
        try (HtmlTableSource nested = HtmlTableSource.open(page, Optional.empty())) {
            assertThat(nested.sheetNames()).containsExactly("nested", "Table 1");
            assertThat(Fixture.rows(nested, "nested")).extracting(row -> row.cell(0).text()).containsExactly("a", "b");
        }
    }

    @Test
    void htmlPageWithoutTableIsUnreadable(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.xls");
        Files.writeString(page, "<html><body><p>no data</p></body></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HtmlTableSource.open(page, Optional.empty()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("report.xls: the HTML page contains no table");
    }

    @Test
    void htmlValidUtf8PageIgnoresAStaleGb2312Declaration(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("stale.xls");
        Files.writeString(page, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><table><tr><td>客户名称</td></tr></table></body></html>", StandardCharsets.UTF_8);
        try (HtmlTableSource stale = HtmlTableSource.open(page, Optional.empty())) {
            assertThat(stale.charset()).contains(StandardCharsets.UTF_8);
            assertThat(Fixture.rows(stale, "stale").getFirst().cell(0)).isEqualTo(Cell.text("客户名称"));
        }
    }

    @Test
    void htmlGbkPageWithoutDeclarationIsDetected(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("bare.xls");
        Files.writeString(page, "<table><tr><td>客户名称</td><td>单据日期</td></tr><tr><td>华联超市</td><td>2024-03-05</td></tr></table>",
                FormatFixtures.GB18030);
        try (HtmlTableSource bare = HtmlTableSource.open(page, Optional.empty())) {
            assertThat(bare.charset()).contains(FormatFixtures.GB18030);
            assertThat(Fixture.rows(bare, "bare").get(1).cell(0)).isEqualTo(Cell.text("华联超市"));
        }
    }
}
