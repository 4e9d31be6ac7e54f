package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProblemReason;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text exports through the import service: the rows that cannot be read safely are rejected naming
 * file, row, value and reason, and the store holds exactly the good lines (fixtures/misreads).
 */
@OnEveryStore
class MisreadsImportTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2024-04-01T10:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private ImportService service;

    @BeforeEach
    void open() {
        database = store.open(folder);
        service = ImportServices.over(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(MisreadsImportTest.class.getResource("/fixtures/misreads/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportSummary importFixture(String name, ImportOptions options) throws IOException {
        FileInspection inspection = service.inspect(fixture(name), options);
        ImportPlan plan = service.defaultPlan(inspection, options);
        return SummaryInvariant.check(service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER));
    }

    private List<LineFact> storedLines() {
        return List.copyOf(StoreSnapshot.of(database).lines());
    }

    /** The store keeps values, not their written scale: 25.00 comes back as 25. */
    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static ImportProblem problem(String file, int row, String column, String value, ProblemReason reason,
                                         String... details) {
        String sheet = file.substring(0, file.lastIndexOf('.'));
        return new ImportProblem(file, sheet, row, column, value, reason, List.of(details));
    }

    @Test
    void anUnclosedQuoteRejectsItsLineAndTheElevenOthersAreStored() throws IOException {
        ImportSummary summary = importFixture("unclosed-quote.csv", ImportOptions.defaults());

        assertThat(summary.rowsRead()).isEqualTo(12);
        assertThat(summary.imported()).isEqualTo(11);
        assertThat(summary.rejected()).containsExactly(problem("unclosed-quote.csv", 5, "客户名称",
                "2024-03-02,XS-004,C004,\"苏果超市,可乐,6,2.50,15.00,", ProblemReason.UNCLOSED_QUOTE, "5"));
        List<LineFact> lines = storedLines();
        assertThat(lines).extracting(LineFact::orderNo).containsExactlyInAnyOrder("XS-001", "XS-002", "XS-003",
                "XS-005", "XS-006", "XS-007", "XS-008", "XS-009", "XS-010", "XS-011", "XS-012");
        // 25 + 10 + 18 + 20 + 5 + 36 + 25 + 9 + 7.5 + 2.5 + 5 (the 15.00 of line 5 is not among them)
        assertThat(lines.stream().map(LineFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("163.00");
    }

    @Test
    void rowsShiftedByUnquotedThousandsSeparatorsAreRejectedNeverStoredShifted() throws IOException {
        ImportSummary summary = importFixture("thousands.csv", ImportOptions.defaults());

        assertThat(summary.rejected()).containsExactly(
                problem("thousands.csv", 3, "", "2024-03-02,永辉超市,雪碧,500,1,234.50",
                        ProblemReason.FIELD_COUNT_THOUSANDS, "5", "6"),
                problem("thousands.csv", 6, "", "2024-03-05,苏果超市,雪碧,2,12,345,678.90",
                        ProblemReason.FIELD_COUNT_THOUSANDS, "5", "7"),
                problem("thousands.csv", 8, "金额", "", ProblemReason.MISSING_AMOUNT),
                problem("thousands.csv", 9, "", "2024-03-08,大润发,可乐,5,12.50,多余", ProblemReason.FIELD_COUNT, "5", "6"));
        assertThat(summary.skipped().values().stream().mapToLong(Long::longValue).sum()).as("the totals row").isEqualTo(1);
        assertThat(storedLines()).extracting(line -> line.customerKey() + " " + plain(line.amount()))
                .containsExactlyInAnyOrder("华联超市 250", "物美 18", "家乐福 2500", "华联超市 9");
    }

    @Test
    void linesDatedMoreThanADayAfterTodayAreRejectedAndDoNotMoveTheLatestDate() throws IOException {
        ImportSummary summary = importFixture("future-dates.csv", ImportOptions.defaults());

        assertThat(summary.rejected()).containsExactly(
                problem("future-dates.csv", 5, "单据日期", "2024-04-03", ProblemReason.FUTURE_DATE,
                        "2024-04-03", "2024-04-02", "1"),
                problem("future-dates.csv", 6, "单据日期", "2099-03-01", ProblemReason.FUTURE_DATE,
                        "2099-03-01", "2024-04-02", "1"));
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(storedLines()).extracting(LineFact::date).containsExactlyInAnyOrder(
                LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2));
    }

    @Test
    void withNoDaysAheadAllowedTomorrowIsRejectedToo() throws IOException {
        ImportOptions today = new ImportOptions(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), 0);

        ImportSummary summary = importFixture("future-dates.csv", today);

        assertThat(summary.rejected()).extracting(ImportProblem::row).containsExactly(4, 5, 6);
        assertThat(summary.rejected().getFirst().details()).containsExactly("2024-04-02", "2024-04-01", "0");
        assertThat(storedLines()).extracting(LineFact::date)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 1));
    }

    @Test
    void excelErrorValuesAreNeverCustomersProductsOrAttributes() throws IOException {
        ImportSummary summary = importFixture("excel-errors.csv", ImportOptions.defaults());

        assertThat(summary.rejected()).containsExactly(
                problem("excel-errors.csv", 3, "客户编码", "#N/A", ProblemReason.EXCEL_ERROR),
                problem("excel-errors.csv", 4, "客户名称", "#REF!", ProblemReason.EXCEL_ERROR),
                problem("excel-errors.csv", 5, "产品编码", "#VALUE!", ProblemReason.EXCEL_ERROR),
                problem("excel-errors.csv", 6, "产品名称", "#NAME?", ProblemReason.EXCEL_ERROR),
                problem("excel-errors.csv", 7, "地区", "#DIV/0!", ProblemReason.EXCEL_ERROR),
                problem("excel-errors.csv", 8, "金额", "#NUM!", ProblemReason.INVALID_AMOUNT));
        assertThat(storedLines()).extracting(LineFact::customerKey).containsExactlyInAnyOrder("C001", "C008");
        assertThat(StoreSnapshot.of(database).customers()).extracting(customer -> customer.info().name())
                .containsExactlyInAnyOrder("华联超市", "#1店");
    }

    @Test
    void nonFiniteAndAbsurdNumbersAreRejectedWithTheirValue() throws IOException {
        ImportSummary summary = importFixture("numbers.csv", ImportOptions.defaults());

        assertThat(summary.rejected()).containsExactly(
                problem("numbers.csv", 3, "金额", "1e309", ProblemReason.NUMBER_TOO_LARGE, "10¹²"),
                problem("numbers.csv", 4, "金额", "1e-400", ProblemReason.NUMBER_TOO_SMALL, "10⁻¹²"),
                problem("numbers.csv", 5, "金额", "Infinity", ProblemReason.INVALID_AMOUNT),
                problem("numbers.csv", 6, "金额", "NaN", ProblemReason.INVALID_AMOUNT),
                problem("numbers.csv", 7, "金额", "-2000000000000", ProblemReason.NUMBER_TOO_LARGE, "10¹²"),
                problem("numbers.csv", 8, "数量", "1e13", ProblemReason.NUMBER_TOO_LARGE, "10¹²"),
                problem("numbers.csv", 9, "金额", "2000000000000", ProblemReason.NUMBER_TOO_LARGE, "10¹²"));
        assertThat(storedLines()).extracting(line -> plain(line.amount()))
                .containsExactlyInAnyOrder("25", "1000000000000", "1");
    }

    @Test
    void invisibleControlAndBidirectionalCharactersMakeNoSecondCustomer() throws IOException {
        ImportSummary summary = importFixture("invisible.csv", ImportOptions.defaults());

        assertThat(summary.rejected()).isEmpty();
        assertThat(storedLines()).extracting(LineFact::customerKey).containsExactlyInAnyOrder("C001", "C001", "C002");
        assertThat(StoreSnapshot.of(database).customers()).extracting(customer -> customer.info().name())
                .containsExactlyInAnyOrder("华联超市", "永辉超市");
    }

    /**
     * A distributor export: 华联超市 merged over rows 2-4, 物美 and its 90.00 merged over rows 6-7, a #REF! customer
     * on row 8 and 家乐福 wrapped in bidirectional controls on row 9 (POI cannot write a BEL into xlsx).
     */
    private static Path mergedWorkbook(Path dir, String extension) throws IOException {
        Path file = dir.resolve("merged." + extension);
        try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("销售明细");
            Object[][] rows = {
                    {"单据日期", "客户名称", "商品名称", "价税合计"},
                    {"2024-03-01", "华联超市", "可乐", 10},
                    {"2024-03-02", null, "雪碧", 20},
                    {"2024-03-03", null, "矿泉水", 30},
                    {"2024-03-04", "永辉超市", "可乐", 40},
                    {"2024-03-05", "物美", "可乐", 90},
                    {"2024-03-06", null, "雪碧", null},
                    {"2024-03-07", FormulaError.REF, "可乐", 5},
                    {"2024-03-08", "\u202A家乐福\u202C", "可乐", 6}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    switch (rows[r][c]) {
                        case String text -> row.createCell(c).setCellValue(text);
                        case Integer number -> row.createCell(c).setCellValue(number);
                        case FormulaError error -> row.createCell(c).setCellErrorValue(error.getCode());
                        case null -> row.createCell(c);
                        default -> throw new IllegalArgumentException(String.valueOf(rows[r][c]));
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 3, 3));
            workbook.write(out);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aMergedCustomerFillsItsLinesAMergedAmountAndAnErrorCustomerAreRejected(String extension) throws IOException {
        Path file = mergedWorkbook(folder, extension);
        FileInspection inspection = service.inspect(file, ImportOptions.defaults());
        ImportSummary summary = SummaryInvariant.check(service.importFile(
                service.defaultPlan(inspection, ImportOptions.defaults()), ProgressListener.NONE, CancelSignal.NEVER));

        String name = "merged." + extension;
        assertThat(summary.rejected()).containsExactly(
                new ImportProblem(name, "销售明细", 6, "价税合计", "90", ProblemReason.MERGED_NUMBER, List.of("6", "7")),
                new ImportProblem(name, "销售明细", 7, "价税合计", "90", ProblemReason.MERGED_NUMBER, List.of("6", "7")),
                new ImportProblem(name, "销售明细", 8, "客户名称", "#REF!", ProblemReason.EXCEL_ERROR));
        assertThat(storedLines()).extracting(line -> line.customerKey() + " " + plain(line.amount()))
                .containsExactlyInAnyOrder("华联超市 10", "华联超市 20", "华联超市 30", "永辉超市 40", "家乐福 6");
        assertThat(StoreSnapshot.of(database).customers()).extracting(customer -> customer.info().name())
                .containsExactlyInAnyOrder("华联超市", "永辉超市", "家乐福");
    }
}
