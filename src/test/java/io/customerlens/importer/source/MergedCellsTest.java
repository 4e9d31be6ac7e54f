package io.customerlens.importer.source;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer merged over its lines fills every line it covers, in xlsx (merges listed after the rows) and
 * xls alike; a merged title stays in its first cell; a covered row with nothing else stays blank.
 */
class MergedCellsTest {

    private static final Cell.MergedRows HUALIAN = new Cell.MergedRows(3, 5);

    /** A title merged over A1:C1, the header, 华联超市 merged over A3:A5, 永辉 alone, 物美 merged over A7:A8. */
    private static final String ROWS = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>销售明细表</t></is></c><c r="B1" s="0"/><c r="C1" s="0"/></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>客户</t></is></c><c r="B2" t="inlineStr"><is><t>日期</t></is></c>\
            <c r="C2" t="inlineStr"><is><t>金额</t></is></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>华联超市</t></is></c><c r="B3" s="1"><v>45356</v></c><c r="C3"><v>10</v></c></row>\
            <row r="4"><c r="A4" s="0"/><c r="B4" s="1"><v>45357</v></c><c r="C4"><v>20</v></c></row>\
            <row r="5"><c r="B5" s="1"><v>45358</v></c><c r="C5"><v>30</v></c></row>\
            <row r="6"><c r="A6" t="inlineStr"><is><t>永辉</t></is></c><c r="B6" s="1"><v>45359</v></c><c r="C6"><v>40</v></c></row>\
            <row r="7"><c r="A7" t="inlineStr"><is><t>物美</t></is></c><c r="B7" s="1"><v>45360</v></c><c r="C7"><v>50</v></c></row>\
            <row r="8"><c r="A8" s="0"/></row>""";
    private static final String MERGES = """
            <mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A5"/><mergeCell ref="A7:A8"/></mergeCells>""";

    private static void assertFilled(List<RawRow> rows) {
        assertThat(Fixture.row(rows, 1).cells()).containsExactly(Cell.text("销售明细表"));
        assertThat(Fixture.row(rows, 3).cell(0)).isEqualTo(new Cell(CellKind.TEXT, "华联超市", HUALIAN));
        assertThat(Fixture.row(rows, 4).cell(0)).isEqualTo(new Cell(CellKind.TEXT, "华联超市", HUALIAN));
        assertThat(Fixture.row(rows, 5).cell(0)).isEqualTo(new Cell(CellKind.TEXT, "华联超市", HUALIAN));
        assertThat(Fixture.row(rows, 5).cell(2).text()).isEqualTo("30");
        assertThat(Fixture.row(rows, 6).cell(0)).isEqualTo(Cell.text("永辉"));
        assertThat(Fixture.row(rows, 7).cell(0).mergedRows()).isEqualTo(new Cell.MergedRows(7, 8));
        assertThat(Fixture.row(rows, 8).isBlank()).as("a covered row with nothing of its own").isTrue();
    }

    @Test
    void xlsxMergedCustomerFillsEveryRowItCovers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("merged.xlsx");
        new MinimalXlsxWriter().sheet("明细", ROWS, MERGES).write(file);

        try (XlsxSource source = XlsxSource.open(file)) {
            assertFilled(Fixture.rows(source, "明细"));
        }
    }

    @Test
    void xlsMergedCustomerFillsEveryRowItCovers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("merged.xls");
        try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("明细");
            sheet.createRow(0).createCell(0).setCellValue("销售明细表");
            sheet.getRow(0).createCell(2).setCellValue("stale value under the merge");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("客户");
            header.createCell(1).setCellValue("日期");
            header.createCell(2).setCellValue("金额");
            Object[][] data = {{"华联超市", 10}, {null, 20}, {null, 30}, {"永辉", 40}, {"物美", 50}};
            for (int i = 0; i < data.length; i++) {
                Row row = sheet.createRow(2 + i);
                if (data[i][0] != null) {
                    row.createCell(0).setCellValue((String) data[i][0]);
                }
                row.createCell(1).setCellValue("2024-03-0" + (5 + i));
                row.createCell(2).setCellValue((Integer) data[i][1]);
            }
            sheet.createRow(7).createCell(0);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
            workbook.write(out);
        }

        try (XlsSource source = XlsSource.open(file)) {
            assertFilled(Fixture.rows(source, "明细"));
        }
    }

    @Test
    void anAreaOverRowsAndColumnsFillsItsFirstColumnOnly() {
        MergedCellFiller filler = new MergedCellFiller(List.of(new MergedArea(2, 3, 1, 2)));

        Cell[] top = filler.apply(2, new Cell[] {Cell.text("a"), Cell.text("华联"), Cell.text("stale")});
        Cell[] below = filler.apply(3, new Cell[] {Cell.text("b")});
        Cell[] after = filler.apply(4, new Cell[] {Cell.text("c"), Cell.text("永辉")});

        Cell.MergedRows rows = new Cell.MergedRows(2, 3);
        assertThat(top).containsExactly(Cell.text("a"), new Cell(CellKind.TEXT, "华联", rows), Cell.BLANK);
        assertThat(below).containsExactly(Cell.text("b"), new Cell(CellKind.TEXT, "华联", rows));
        assertThat(after).containsExactly(Cell.text("c"), Cell.text("永辉"));
    }

    @Test
    void theScanFindsMergeCellsWithAnyPrefixAndQuoteAndNothingElse() throws IOException {
        String xml = "<x:worksheet><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>"
                + "&lt;mergeCell ref=\"Z1:Z9\"/&gt;</x:t></x:is></x:c></x:row></x:sheetData>"
                + "<x:mergeCells count=\"2\"><x:mergeCell ref='B2:B4'/><x:mergeCell  ref=\"$C$10:D11\" /></x:mergeCells>"
                + "<mergeCellsExtra ref=\"A1:A2\"/></x:worksheet>";

        assertThat(XlsxMergedAreas.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(new MergedArea(2, 4, 1, 1), new MergedArea(10, 11, 2, 3));
    }

    @ParameterizedTest(name = "a tag starting {0} bytes before the 1 MiB chunk ends")
    @CsvSource({"1", "5", "12", "30", "1030"})
    void aMergeCellCutByTheScansChunkIsStillFound(int before) throws IOException {
        String tag = "<mergeCell ref=\"B2:B4\"/>";
        String head = "<worksheet><sheetData>";
        String xml = head + "x".repeat((1 << 20) - before - head.length()) + tag + "<mergeCell ref=\"C7:C9\"/></worksheet>";

        assertThat(XlsxMergedAreas.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(new MergedArea(2, 4, 1, 1), new MergedArea(7, 9, 2, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A1:C1     | 1 | 1 | 0  | 2",
            "B5        | 5 | 5 | 1  | 1",
            "AA10:AB12 | 10 | 12 | 26 | 27",
            "C7:A5     | 5 | 7 | 0  | 2",
    })
    void cellRangesAreParsed(String reference, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        assertThat(MergedArea.parse(reference)).isEqualTo(new MergedArea(firstRow, lastRow, firstColumn, lastColumn));
    }

    @Test
    void junkIsNoRange() {
        assertThat(MergedArea.parse("hello")).isNull();
        assertThat(MergedArea.parse("A0")).isNull();
        assertThat(MergedArea.parse("")).isNull();
    }
}
