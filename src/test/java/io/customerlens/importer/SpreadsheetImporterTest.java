package io.customerlens.importer;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SkipReason;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import static io.customerlens.importer.TestRows.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetImporterTest {

    private static final Path FILE = Path.of("/data/销售明细.xlsx");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-30T08:00:00Z"), ZoneOffset.UTC);
    private final SpreadsheetImporter importer = new SpreadsheetImporter(null, TODAY);
    private final List<ImportedLine> lines = new ArrayList<>();

    private static ImportPlan plan(List<SheetLayout> sheets, ColumnMapping mapping) {
        return new ImportPlan(FILE, Optional.empty(), sheets, mapping, DateOrder.MDY);
    }

    @Test
    void readsEveryRowAfterTheHeaderAndCountsWhatIsNoLine() throws IOException {
        InMemorySource source = new InMemorySource(false).sheet("明细", rows(1,
                "销售明细表,,",
                "日期,客户,金额",
                "d:45356,华联,n:100",
                ",,",
                "日期,客户,金额",
                "2018-02-29,永辉,n:50",
                "d:45357,永辉,abc",
                "合计,,n:150"));
        SheetLayout layout = new SheetLayout("明细", 2, List.of("日期", "客户", "金额"));

        ReadResult result = importer.read(source, plan(List.of(layout), new ColumnMapper().suggest(layout.headers())),
                lines::add, ProgressListener.NONE, CancelSignal.NEVER);

        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.linesAccepted()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(Map.of(SkipReason.BLANK, 1L, SkipReason.REPEATED_HEADER, 1L, SkipReason.TOTALS, 1L));
        assertThat(result.rejected()).containsExactly(
                new ImportProblem("销售明细.xlsx", "明细", 6, "日期", "2018-02-29", ProblemReason.INVALID_DATE),
                new ImportProblem("销售明细.xlsx", "明细", 7, "金额", "abc", ProblemReason.INVALID_AMOUNT));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.sheet()).isEqualTo("明细");
            assertThat(line.rowNumber()).isEqualTo(3);
            assertThat(line.line().date()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(line.line().customerKey()).isEqualTo("华联");
        });
    }

    @Test
    void sheetsWithTheSameHeadersInAnotherOrderAreReadByHeader() throws IOException {
        InMemorySource source = new InMemorySource(false)
                .sheet("Year 2009-2010", rows(1, "Invoice,Quantity,Price,InvoiceDate,Customer ID", "536365,n:6,n:2.55,d:40513,n:17850"))
                .sheet("Year 2010-2011", rows(1, "InvoiceDate,Customer ID,Invoice,Price,Quantity", "d:40513,n:17850,536365,n:2.55,n:6"));
        List<SheetLayout> layouts = List.of(
                new SheetLayout("Year 2009-2010", 1, List.of("Invoice", "Quantity", "Price", "InvoiceDate", "Customer ID")),
                new SheetLayout("Year 2010-2011", 1, List.of("InvoiceDate", "Customer ID", "Invoice", "Price", "Quantity")));

        ReadResult result = importer.read(source, plan(layouts, new ColumnMapper().suggest(layouts.getFirst().headers())),
                lines::add, ProgressListener.NONE, CancelSignal.NEVER);

        assertThat(result.linesAccepted()).isEqualTo(2);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.line().amount()).isEqualTo(new BigDecimal("15.30"));
            assertThat(line.line().customerKey()).isEqualTo("17850");
            assertThat(line.line().date()).isEqualTo(LocalDate.of(2010, 12, 1));
        });
        assertThat(lines.get(0).fingerprint()).as("the same cells under the same headers").isEqualTo(lines.get(1).fingerprint());
        assertThat(lines).extracting(ImportedLine::sheet).containsExactly("Year 2009-2010", "Year 2010-2011");
    }

    @Test
    void aUserMappingByHeaderIsApplied() throws IOException {
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1, "Kunde,Datum,Betrag", "Müller,2024-03-05,n:10"));
        SheetLayout layout = new SheetLayout("s", 1, List.of("Kunde", "Datum", "Betrag"));
        ColumnMapping mapping = ColumnMapping.empty()
                .with(Field.CUSTOMER_NAME, new MappedColumn(0, "Kunde", 1))
                .with(Field.DATE, new MappedColumn(1, "Datum", 1))
                .with(Field.AMOUNT, new MappedColumn(2, "Betrag", 1));

        ReadResult result = importer.read(source, plan(List.of(layout), mapping), lines::add, ProgressListener.NONE,
                CancelSignal.NEVER);

        assertThat(result.linesAccepted()).isEqualTo(1);
        assertThat(lines.getFirst().line().customerKey()).isEqualTo("müller");
    }

    @Test
    void reportsProgressEveryThousandRowsAndAtTheEnd() throws IOException {
        List<String> data = new ArrayList<>();
        data.add("日期,客户,金额");
        for (int i = 0; i < 2_500; i++) {
            data.add("d:45356,客户" + i + ",n:" + i);
        }
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1, data.toArray(String[]::new)));
        SheetLayout layout = new SheetLayout("s", 1, List.of("日期", "客户", "金额"));
        List<Long> reported = new ArrayList<>();

        importer.read(source, plan(List.of(layout), new ColumnMapper().suggest(layout.headers())), lines::add,
                (done, total) -> {
                    assertThat(total).isEqualTo(-1);
                    reported.add(done);
                }, CancelSignal.NEVER);

        assertThat(reported).containsExactly(1_000L, 2_000L, 2_500L);
    }

    @Test
    void stopsBetweenRowsWhenCancelled() {
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1,
                "日期,客户,金额", "d:45356,a,n:1", "d:45356,b,n:2", "d:45356,c,n:3"));
        SheetLayout layout = new SheetLayout("s", 1, List.of("日期", "客户", "金额"));

        assertThatThrownBy(() -> importer.read(source, plan(List.of(layout), new ColumnMapper().suggest(layout.headers())),
                lines::add, ProgressListener.NONE, () -> lines.size() >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(lines).hasSize(2);
    }

    /** Rows are parsed on a second thread: across its blocks, lines and problems keep their order and row numbers. */
    @Test
    void rowsReadAheadKeepTheirOrderAndRowNumbersInLinesAndProblems() throws IOException {
        int dataRows = PrefetchedRows.BLOCK_ROWS * 3 + 11;
        List<String> data = new ArrayList<>();
        data.add("日期,客户,金额");
        List<ImportProblem> expectedProblems = new ArrayList<>();
        for (int i = 0; i < dataRows; i++) {
            int rowNumber = i + 2;
            if (i % 500 == 499) {
                data.add("d:45356,客户" + i + ",x" + rowNumber);
                expectedProblems.add(new ImportProblem("销售明细.xlsx", "s", rowNumber, "金额", "x" + rowNumber,
                        ProblemReason.INVALID_AMOUNT));
            } else {
                data.add("d:45356,客户" + i + ",n:" + rowNumber);
            }
        }
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1, data.toArray(String[]::new)));
        SheetLayout layout = new SheetLayout("s", 1, List.of("日期", "客户", "金额"));

        ReadResult result = importer.read(source, plan(List.of(layout), new ColumnMapper().suggest(layout.headers())),
                lines::add, ProgressListener.NONE, CancelSignal.NEVER);

        assertThat(result.rowsRead()).isEqualTo(dataRows);
        assertThat(result.rejected()).containsExactlyElementsOf(expectedProblems);
        assertThat(lines).hasSize(dataRows - expectedProblems.size());
        int previous = 1;
        for (ImportedLine line : lines) {
            assertThat(line.rowNumber()).isGreaterThan(previous);
            assertThat(line.line().amount()).isEqualByComparingTo(BigDecimal.valueOf(line.rowNumber()));
            assertThat(line.line().customerKey()).isEqualTo("客户" + (line.rowNumber() - 2));
            previous = line.rowNumber();
        }
    }

    @Test
    void aSheetDamagedPartWayEndsTheReadWithItsIoErrorAfterTheRowsBeforeIt() {
        int goodRows = PrefetchedRows.BLOCK_ROWS + 3;
        List<String> data = new ArrayList<>();
        data.add("日期,客户,金额");
        for (int i = 0; i < goodRows; i++) {
            data.add("d:45356,客户" + i + ",n:1");
        }
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1, data.toArray(String[]::new)))
                .damagedAtTheEnd("s", new IOException("sheet s is damaged after row " + (goodRows + 1)));
        SheetLayout layout = new SheetLayout("s", 1, List.of("日期", "客户", "金额"));

        assertThatThrownBy(() -> importer.read(source, plan(List.of(layout), new ColumnMapper().suggest(layout.headers())),
                lines::add, ProgressListener.NONE, CancelSignal.NEVER))
                .isInstanceOf(IOException.class).hasMessage("sheet s is damaged after row " + (goodRows + 1));
        assertThat(lines).hasSize(goodRows);
        assertThat(lines.getLast().rowNumber()).isEqualTo(goodRows + 1);
    }
}
