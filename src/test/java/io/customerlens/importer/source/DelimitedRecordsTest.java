package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV with a bad quote or shifted fields loses no line silently: the bad rows are marked, the rest read. */
class DelimitedRecordsTest {

    private static List<RawRow> read(String text, int headerRowNumber) throws IOException {
        DelimitedRecords records = new DelimitedRecords(new PhysicalLines(new StringReader(text), Path.of("test.csv")), ',', headerRowNumber);
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row = records.next(); row != null; row = records.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static List<RawRow> readFixture(String name, int headerRowNumber) throws IOException, URISyntaxException {
        Path file = Path.of(DelimitedRecordsTest.class.getResource("/fixtures/misreads/" + name).toURI());
        try (DelimitedTextSource source = DelimitedTextSource.open(file, Optional.empty());
             Stream<RawRow> rows = source.rows(source.sheetNames().getFirst(), headerRowNumber)) {
            return rows.toList();
        }
    }

    @Test
    void anUnclosedQuoteMarksItsLineAndEveryLaterLineIsStillRead() throws Exception {
        List<RawRow> rows = readFixture("unclosed-quote.csv", 1);

        // 13 records: the header, lines 2-7, the two-line record 8-9, lines 10-14.
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14);
        RawRow broken = Fixture.row(rows, 5);
        assertThat(broken.defect()).isEqualTo(new RowDefect.UnclosedQuote(5, 3,
                "2024-03-02,XS-004,C004,\"苏果超市,可乐,6,2.50,15.00,"));
        assertThat(rows).filteredOn(row -> row.defect() != null).containsExactly(broken);
        assertThat(Fixture.row(rows, 6).cells()).extracting(Cell::text)
                .containsExactly("2024-03-03", "XS-005", "C001", "华联超市", "雪碧", "8", "2.50", "20.00", "");
        assertThat(Fixture.row(rows, 8).cell(3)).isEqualTo(Cell.text("家乐福\n(中山店)"));
        assertThat(Fixture.row(rows, 8).cell(8)).isEqualTo(Cell.text("送货上门"));
        assertThat(Fixture.row(rows, 14).cell(8)).isEqualTo(Cell.text("备注 \"加急\""));
    }

    @Test
    void aQuoteStillOpenAtTheEndOfTheFileMarksOnlyItsLineEvenWithoutAHeader() throws IOException {
        List<RawRow> rows = read("日期,客户,金额\n2024-03-01,\"华联,10\n2024-03-02,永辉,20\n2024-03-03,物美,30\n", 0);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).defect()).isEqualTo(new RowDefect.UnclosedQuote(2, 1, "2024-03-01,\"华联,10"));
        assertThat(rows.get(2).cells()).extracting(Cell::text).containsExactly("2024-03-02", "永辉", "20");
        assertThat(rows.get(3).defect()).isNull();
    }

    @Test
    void aQuoteRunningOnForMoreThanAHundredLinesIsUnclosed() throws IOException {
        StringBuilder text = new StringBuilder("日期,客户,金额\n2024-03-01,\"华联,10\n");
        for (int i = 0; i < 150; i++) {
            text.append("2024-03-02,永辉,").append(i).append('\n');
        }
        text.append("2024-03-03,\"物美\",30\n");

        List<RawRow> rows = read(text.toString(), 0);

        assertThat(rows).hasSize(153);
        assertThat(rows.get(1).defect()).isInstanceOf(RowDefect.UnclosedQuote.class);
        assertThat(rows.subList(2, 153)).allSatisfy(row -> assertThat(row.defect()).isNull());
        assertThat(rows.get(152).cell(1)).isEqualTo(Cell.text("物美"));
    }

    @Test
    void aQuotedFieldSpanningLinesWithTheHeadersWidthIsOneRecord() throws IOException {
        List<RawRow> rows = read("客户,地址,金额\r\n华联,\"南京路 1 号\r\n二楼\",10\r\n永辉,上海,20\r\n", 1);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cell(1)).isEqualTo(Cell.text("南京路 1 号\r\n二楼"));
        assertThat(rows).allSatisfy(row -> assertThat(row.defect()).isNull());
    }

    @Test
    void moreFieldsThanTheHeaderMarkTheRowAndNameLikelyThousandsSeparators() throws Exception {
        List<RawRow> rows = readFixture("thousands.csv", 1);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Fixture.row(rows, 3).defect())
                .isEqualTo(new RowDefect.FieldCount(5, 6, true, "2024-03-02,永辉超市,雪碧,500,1,234.50"));
        assertThat(Fixture.row(rows, 6).defect())
                .isEqualTo(new RowDefect.FieldCount(5, 7, true, "2024-03-05,苏果超市,雪碧,2,12,345,678.90"));
        assertThat(Fixture.row(rows, 9).defect())
                .isEqualTo(new RowDefect.FieldCount(5, 6, false, "2024-03-08,大润发,可乐,5,12.50,多余"));
        assertThat(rows).filteredOn(row -> row.defect() != null).extracting(RawRow::rowNumber)
                .containsExactly(3, 6, 9);
        assertThat(Fixture.row(rows, 5).cell(4)).as("a quoted thousands separator is fine").isEqualTo(Cell.text("2,500.00"));
    }

    @Test
    void trailingBlankFieldsAndShorterRowsAreNoDefect() throws IOException {
        List<RawRow> rows = read("日期,客户,金额\n2024-03-01,华联,10,,\n2024-03-02,永辉\n\n", 1);

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4);
        assertThat(rows).allSatisfy(row -> assertThat(row.defect()).isNull());
        assertThat(rows.get(3).isBlank()).isTrue();
    }

    @Test
    void rowsAboveTheHeaderAreNotCheckedAgainstItsWidth() throws IOException {
        List<RawRow> rows = read("销售明细表,2024年3月,制表人,张三\n日期,客户,金额\n2024-03-01,华联,10\n", 2);

        assertThat(rows).allSatisfy(row -> assertThat(row.defect()).isNull());
    }

    @Test
    void withoutAHeaderRowNumberNoWidthIsChecked() throws IOException {
        List<RawRow> rows = read("日期,客户,金额\n2024-03-01,华联,1,234.50\n", 0);

        assertThat(rows.get(1).defect()).isNull();
        assertThat(rows.get(1).cells()).hasSize(4);
    }
}
