package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.source.FileRefusal;
import io.customerlens.importer.source.RefusedFileException;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Over-long values and lines through the import service: a value longer than the store keeps rejects its row
 * (named with row, column and the value's start), a line longer than a megabyte refuses the file, and the
 * store is exactly as before either way but for the good rows.
 */
@Timeout(60)
@OnEveryStore
class HostileTextImportTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2024-04-01T10:00:00Z");
    private static final String LONG_NAME = "华联超市".repeat(1_250);

    @TempDir
    Path folder;
    private Database database;
    private ImportService service;

    @BeforeEach
    void open() {
        database = store.open(folder.resolve("db"));
        service = ImportServices.over(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportSummary importFile(Path file) throws IOException {
        FileInspection inspection = service.inspect(file, ImportOptions.defaults());
        return SummaryInvariant.check(service.importFile(service.defaultPlan(inspection, ImportOptions.defaults()),
                ProgressListener.NONE, CancelSignal.NEVER));
    }

    @Test
    void aCustomerNameOfFiveThousandCharactersRejectsItsRowNamingLengthAndLimit() throws IOException {
        Path file = Files.writeString(folder.resolve("long-name.csv"), "单据日期,客户名称,价税合计\n2024-03-01,物美,10\n"
                + "2024-03-02," + LONG_NAME + ",20\n2024-03-03,永辉超市,30\n");

        ImportSummary summary = importFile(file);

        assertThat(summary.rejected()).containsExactly(new ImportProblem("long-name.csv", "long-name", 3, "客户名称",
                LONG_NAME.substring(0, 50) + "…", ProblemReason.VALUE_TOO_LONG, List.of("5000", "1000")));
        assertThat(StoreSnapshot.of(database).customers()).extracting(customer -> customer.info().name())
                .containsExactlyInAnyOrder("物美", "永辉超市");
    }

    @Test
    void anOrderNumberTooLongInAWorkbookRejectsItsRowToo() throws IOException {
        Path file = folder.resolve("long-order.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("销售明细");
            String[][] rows = {{"单据日期", "单据编号", "客户名称", "价税合计"}, {"2024-03-01", "XS-1", "物美", "10"},
                    {"2024-03-02", "X".repeat(4_001), "永辉超市", "20"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        ImportSummary summary = importFile(file);

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("单据编号");
            assertThat(problem.value()).isEqualTo("X".repeat(50) + "…");
            assertThat(problem.details()).containsExactly("4001", "1000");
        });
    }

    @Test
    void aLineLongerThanAMegabyteRefusesTheFileNamingTheLineAndStoresNothing() throws IOException {
        Path file = folder.resolve("long-line.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("单据日期,客户名称,价税合计\n2024-03-01,物美,10\n2024-03-02,");
            String block = "永辉".repeat(50_000);
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
            out.write(",20\n2024-03-03,物美,30\n");
        }
        StoreSnapshot before = StoreSnapshot.of(database);

        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class, () -> importFile(file));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.LINE_TOO_LONG);
        assertThat(refused.details()).containsExactly("3", "1");
        assertThat(refused.getMessage()).isEqualTo("long-line.csv: line 3 is longer than 1 MB");
        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aEuropeanCsvIsReadWithItsSemicolonsDecimalCommasAndDayFirstDottedDates() throws Exception {
        Path file = Path.of(HostileTextImportTest.class.getResource("/fixtures/hostile/european.csv").toURI());
        FileInspection inspection = service.inspect(file, ImportOptions.defaults());
        var plan = service.defaultPlan(inspection, ImportOptions.defaults());

        ImportSummary summary = SummaryInvariant.check(service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER));

        assertThat(plan.dateOrderAmbiguous()).as("points decide the order").isFalse();
        assertThat(summary.rejected()).isEmpty();
        assertThat(StoreSnapshot.of(database).lines())
                .extracting(line -> line.date() + " " + line.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("2024-03-01 1234.56", "2024-03-02 99.9", "2024-03-12 12.5", "2024-03-04 2000",
                        "2024-03-05 1000");
    }
}
