package io.customerlens.importer;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SalesLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports the small real-shaped files of fixtures/messy through the real source opener, as the app does. */
class MessyFixturesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-30T08:00:00Z"), ZoneOffset.UTC);

    private record Imported(FileInspection inspection, SheetInspection sheet, ReadResult result,
                            List<ImportedLine> lines) {

        List<SalesLine> salesLines() {
            return lines.stream().map(ImportedLine::line).toList();
        }

        List<LocalDate> dates() {
            return salesLines().stream().map(SalesLine::date).toList();
        }

        List<BigDecimal> amounts() {
            return salesLines().stream().map(SalesLine::amount).toList();
        }

        List<String> customerKeys() {
            return salesLines().stream().map(SalesLine::customerKey).toList();
        }

        long distinctFingerprints() {
            return lines.stream().map(ImportedLine::fingerprint).distinct().count();
        }
    }

    /** Inspects the fixture and imports it with the detected sheets, mapping and date order unchanged. */
    private static Imported importFixture(String name) throws IOException, URISyntaxException {
        Path file = Path.of(MessyFixturesTest.class.getResource("/fixtures/messy/" + name).toURI());
        SourceOpener opener = new SourceOpener();
        FileInspection inspection = new FileInspector(opener).inspect(file, Optional.empty());
        List<SheetInspection> chosen = inspection.sheets().stream()
                .filter(sheet -> inspection.salesSheets().contains(sheet.layout().sheetName()))
                .toList();
        SheetInspection first = chosen.getFirst();
        ImportPlan plan = new ImportPlan(file, Optional.empty(), chosen.stream().map(SheetInspection::layout).toList(),
                first.suggestedMapping(), first.dateOrder());
        List<ImportedLine> lines = new ArrayList<>();
        ReadResult result = new SpreadsheetImporter(opener, TODAY).read(plan, lines::add, ProgressListener.NONE, CancelSignal.NEVER);
        return new Imported(inspection, first, result, lines);
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void chineseDistributorExportSkipsTitlesBlanksRepeatedHeadersAndTotals() throws Exception {
        Imported imported = importFixture("distributor-cn.xlsx");

        assertThat(imported.sheet().layout().headerRowNumber()).isEqualTo(4);
        assertThat(imported.inspection().salesSheets()).containsExactly("销售明细");
        assertThat(imported.result().rowsRead()).isEqualTo(12);
        assertThat(imported.result().linesAccepted()).isEqualTo(7);
        assertThat(imported.result().skipped())
                .isEqualTo(Map.of(SkipReason.BLANK, 2L, SkipReason.REPEATED_HEADER, 1L, SkipReason.TOTALS, 2L));
        assertThat(imported.result().rejected()).isEmpty();
        assertThat(imported.lines()).extracting(ImportedLine::rowNumber).containsExactly(5, 6, 7, 9, 12, 13, 14);
        assertThat(imported.amounts()).isEqualTo(decimals("60", "30", "72", "288", "-15", "72", "72"));
        assertThat(imported.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("579");

        SalesLine first = imported.salesLines().getFirst();
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(first.customerKey()).isEqualTo("C001");
        assertThat(first.customer().name()).isEqualTo("华联超市(南京店)");
        assertThat(first.customer().salesperson()).isEqualTo("张三");
        assertThat(first.orderNo()).isEqualTo("XS24010001");
        assertThat(first.quantity()).isEqualByComparingTo("24");
        assertThat(first.unitPrice()).isEqualByComparingTo("2.5");
        assertThat(imported.salesLines()).extracting(SalesLine::isReturn)
                .containsExactly(false, false, false, false, true, false, false);
        assertThat(imported.distinctFingerprints()).as("rows 13 and 14 are the same line").isEqualTo(6);
        assertThat(imported.lines().get(5).fingerprint()).isEqualTo(imported.lines().get(6).fingerprint());
    }

    @Test
    void chineseTextDatesInEveryFormAreRead() throws Exception {
        Imported imported = importFixture("dates-cn.csv");

        LocalDate march5 = LocalDate.of(2024, 3, 5);
        assertThat(imported.result().rejected()).isEmpty();
        assertThat(imported.dates()).containsExactly(march5, march5, march5, march5, march5,
                LocalDate.of(2018, 1, 1), march5, march5, march5, march5, march5);
    }

    @Test
    void amountsInEveryFormAreReadAndTextIsRejected() throws Exception {
        Imported imported = importFixture("amounts-cn.csv");

        assertThat(imported.amounts())
                .isEqualTo(decimals("1234.50", "1234.50", "1234.50", "1234.50", "-123.00", "-123", "123.5", "88", "99.9"));
        assertThat(imported.salesLines()).filteredOn(SalesLine::isReturn).hasSize(2);
        assertThat(imported.result().rejected()).containsExactly(
                new ImportProblem("amounts-cn.csv", "amounts-cn", 11, "金额", "abc", ProblemReason.INVALID_AMOUNT),
                new ImportProblem("amounts-cn.csv", "amounts-cn", 12, "金额", "1 234,50", ProblemReason.INVALID_AMOUNT),
                new ImportProblem("amounts-cn.csv", "amounts-cn", 13, "金额", "12%", ProblemReason.INVALID_AMOUNT));
    }

    @Test
    void aDayFirstColumnIsRecognisedFromItsValues() throws Exception {
        Imported imported = importFixture("day-first.csv");

        assertThat(imported.sheet().dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(imported.sheet().dateOrderDecidedByValues()).isTrue();
        assertThat(imported.dates()).containsExactly(LocalDate.of(2019, 1, 3), LocalDate.of(2019, 1, 25),
                LocalDate.of(2019, 2, 12));
    }

    @Test
    void aMonthFirstColumnIsRecognisedAndNamesAreKeysWithoutAnIdColumn() throws Exception {
        Imported imported = importFixture("month-first.csv");

        assertThat(imported.sheet().dateOrder()).isEqualTo(DateOrder.MDY);
        assertThat(imported.sheet().dateOrderDecidedByValues()).isTrue();
        assertThat(imported.dates()).containsExactly(LocalDate.of(2003, 2, 24), LocalDate.of(2003, 5, 7),
                LocalDate.of(2003, 7, 1), LocalDate.of(2003, 8, 25), LocalDate.of(2003, 10, 28));
        assertThat(imported.amounts()).isEqualTo(decimals("2871", "2765.9", "3884.34", "3746.7", "3479.76"));
        assertThat(imported.customerKeys()).containsExactly("land of toys inc.", "reims collectables",
                "lyon souveniers", "toys4grownups.com", "land of toys inc.");
        assertThat(imported.salesLines().getFirst().customer().region()).isEqualTo("NA");
    }

    @Test
    void withoutAnAmountColumnQuantityTimesPriceAndCancellationsAreReturns() throws Exception {
        Imported imported = importFixture("retail-no-amount.csv");

        assertThat(imported.result().rowsRead()).isEqualTo(7);
        assertThat(imported.result().linesAccepted()).isEqualTo(7);
        assertThat(imported.amounts()).isEqualTo(decimals("83.40", "81.00", "30.60", "-35.40", "-15.00", "83.40", "15.30"));
        assertThat(imported.salesLines()).extracting(SalesLine::isReturn)
                .containsExactly(false, false, false, true, true, false, false);
        assertThat(imported.customerKeys()).containsExactly("13085", "13085", null, "16321", "16321", "13085", "17850");
        assertThat(imported.dates().getFirst()).isEqualTo(LocalDate.of(2009, 12, 1));
        assertThat(imported.lines().get(0).fingerprint()).as("row 7 repeats row 2").isEqualTo(imported.lines().get(5).fingerprint());
        assertThat(imported.distinctFingerprints()).isEqualTo(6);
    }

    @Test
    void unreadableRowsAreRejectedWithRowColumnAndValue() throws Exception {
        Imported imported = importFixture("rejects.csv");

        assertThat(imported.sheet().dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(imported.result().rowsRead()).isEqualTo(7);
        assertThat(imported.result().linesAccepted()).isEqualTo(1);
        assertThat(imported.lines().getFirst().rowNumber()).isEqualTo(7);
        assertThat(imported.result().rejected()).containsExactly(
                new ImportProblem("rejects.csv", "rejects", 2, "单据日期", "2018-02-29", ProblemReason.INVALID_DATE),
                new ImportProblem("rejects.csv", "rejects", 3, "价税合计", "一百元", ProblemReason.INVALID_AMOUNT),
                new ImportProblem("rejects.csv", "rejects", 4, "单据日期", "", ProblemReason.MISSING_DATE),
                new ImportProblem("rejects.csv", "rejects", 5, "单据日期", "2024-13-01", ProblemReason.INVALID_DATE),
                new ImportProblem("rejects.csv", "rejects", 6, "价税合计", "", ProblemReason.MISSING_AMOUNT),
                new ImportProblem("rejects.csv", "rejects", 8, "单据日期", "31/04/2024", ProblemReason.INVALID_DATE));
    }

    @Test
    void idsStayTextInCsv() throws Exception {
        Imported imported = importFixture("ids.csv");

        assertThat(imported.customerKeys()).containsExactly("00123", "11616528", "11616528", "00123");
    }

    @Test
    void idsStayTextInXlsxWhetherTextOrNumberCells() throws Exception {
        Imported imported = importFixture("ids.xlsx");

        assertThat(imported.customerKeys()).containsExactly("00123", "11616528", "11616528");
        assertThat(imported.amounts()).isEqualTo(decimals("10", "20.5", "30"));
    }

    @Test
    void twoIdsSharingANameAreTwoCustomers() throws Exception {
        Imported imported = importFixture("shared-names.csv");

        assertThat(imported.customerKeys()).containsExactly("曾惠-14485", "曾惠-14486", "许安-10165");
        assertThat(imported.salesLines()).extracting(line -> line.customer().name()).containsExactly("曾惠", "曾惠", "许安");
        assertThat(imported.amounts().getFirst()).isEqualTo(new BigDecimal("129.696"));
    }

    @Test
    void yearlySheetsWithTheSameHeadersAreImportedTogether() throws Exception {
        Imported imported = importFixture("yearly-sheets.xlsx");

        assertThat(imported.inspection().salesSheets()).containsExactly("Year 2009-2010", "Year 2010-2011");
        assertThat(imported.result().rowsRead()).isEqualTo(4);
        assertThat(imported.lines()).extracting(ImportedLine::sheet)
                .containsExactly("Year 2009-2010", "Year 2009-2010", "Year 2010-2011", "Year 2010-2011");
        assertThat(imported.lines().get(1).fingerprint()).as("the overlap of the two years")
                .isEqualTo(imported.lines().get(2).fingerprint());
        assertThat(imported.amounts()).isEqualTo(decimals("83.40", "15.30", "15.30", "-27.5"));
        assertThat(imported.customerKeys()).containsExactly("13085", "17850", "17850", "12583");
        assertThat(imported.salesLines().get(3).isReturn()).isTrue();
    }

    @Test
    void datesOfA1904WorkbookAreShifted() throws Exception {
        Imported imported = importFixture("mac-1904.xlsx");

        assertThat(imported.inspection().date1904()).isTrue();
        assertThat(imported.dates()).containsExactly(LocalDate.of(2024, 3, 5));
    }
}
