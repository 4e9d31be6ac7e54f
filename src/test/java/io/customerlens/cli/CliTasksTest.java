package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.report.FollowUpsCsv;
import io.customerlens.report.TaskSheet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tasks generate|export} and analyze's followups.csv over fixtures/followups/followups-history.csv (see
 * FollowUpFixture in the service tests): five tasks, F003 (2000 a month at stake), F001, F002, F004, F005.
 * The command line plans from the real today, so due dates are checked against the next working days.
 */
class CliTasksTest {

    @TempDir
    Path temp;
    private Path db;
    private CliRunner cli;

    @BeforeEach
    void importHistory() throws URISyntaxException {
        db = temp.resolve("db");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        Path fixture = Path.of(getClass().getResource("/fixtures/followups/followups-history.csv").toURI());
        assertThat(cli.run("import", fixture.toString(), "--db", db.toString()).exitCode()).isZero();
    }

    private static List<LocalDate> workingDaysFromToday(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.now(); days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    @Test
    void aDryRunPrintsTheTableAndStoresNothing() {
        CliRunner.Result first = cli.run("tasks", "generate", "--db", db.toString(), "--dry-run");
        CliRunner.Result second = cli.run("tasks", "generate", "--db", db.toString(), "--dry-run");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        List<String> lines = first.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("#").contains("Due", "Priority", "Customer", "Reason");
        assertThat(lines.get(1)).startsWith("1 ").contains("F001", "甲商行", "Lapsed 4 months", "1000.00");
        assertThat(lines.get(3)).contains("F004", "No second order 41 days after the first", "300.00");
        assertThat(lines.get(4)).contains("F003", "丙商行", "Key account, never contacted", "2000.00");
        assertThat(lines.get(6)).isEqualTo("Would create 5 tasks (0 skipped: the customer already has an open task;"
                + " 0 left for later) from the data as of 2024-06-30. Nothing was stored (--dry-run).");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void generateStoresTheTasksSpreadByCapacityAndNeverTwice() {
        CliRunner.Result created = cli.run("tasks", "generate", "--db", db.toString(), "--capacity", "2");
        CliRunner.Result again = cli.run("tasks", "generate", "--db", db.toString());

        assertThat(created.exitCode()).isZero();
        List<LocalDate> days = workingDaysFromToday(3);
        List<String> rows = created.out().lines().skip(1).limit(5).toList();
        for (int i = 0; i < 5; i++) {
            assertThat(rows.get(i)).as("row %d", i + 1).contains(days.get(i / 2).toString());
        }
        assertThat(created.out()).contains("Created 5 tasks (0 skipped");
        assertThat(again.out().lines().toList()).hasSize(2);
        assertThat(again.out()).contains("Created 0 tasks (5 skipped");
    }

    @Test
    void exportWritesTheImportableLayoutAndAnalyzeWritesFollowupsCsv() throws IOException {
        cli.run("tasks", "generate", "--db", db.toString());
        Path workbook = temp.resolve("tasks.xlsx");

        CliRunner.Result export = cli.run("tasks", "export", "--db", db.toString(), "--out", workbook.toString());
        CliRunner.Result analyze = cli.run("analyze", "--db", db.toString(), "--out", temp.resolve("out").toString());

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).isEqualTo("Wrote 5 tasks to " + workbook + "\n");
        try (Workbook read = WorkbookFactory.create(workbook.toFile())) {
            Sheet sheet = read.getSheet(TaskSheet.SHEET_NAME);
            DataFormatter formatter = new DataFormatter();
            List<String> header = new ArrayList<>();
            for (var cell : sheet.getRow(0)) {
                header.add(formatter.formatCellValue(cell));
            }
            assertThat(header).isEqualTo(TaskSheet.HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row first = sheet.getRow(1);
            assertThat(formatter.formatCellValue(first.getCell(TaskSheet.HEADER.indexOf("customer_key")))).isEqualTo("F001");
        }
        assertThat(analyze.exitCode()).isZero();
        List<String> csv = Files.readAllLines(temp.resolve("out").resolve(FollowUpsCsv.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(csv.getFirst()).isEqualTo("\uFEFF" + String.join(",", FollowUpsCsv.HEADER));
        assertThat(csv).hasSize(6);
        assertThat(csv.get(1)).startsWith("1,F001,LAPSED,PHONE,").endsWith(",OPEN,,,,,");
    }

    @Test
    void aCapacityBelowOneIsAUsageError() {
        CliRunner.Result result = cli.run("tasks", "generate", "--db", db.toString(), "--capacity", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--capacity must be at least 1, got 0");
    }

    @Test
    void tasksWithoutACommandSaysWhichOnesExist() {
        CliRunner.Result result = cli.run("tasks");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens tasks: name a command: generate, add or export (see --help)\n");
    }

    @Test
    void addStoresAManualTaskWithTheReasonAsNotes() {
        CliRunner.Result added = cli.run("tasks", "add", "--db", db.toString(), "--customer", "F002", "--due",
                "2030-01-07", "--reason", "问一下新品");
        CliRunner.Result generated = cli.run("tasks", "generate", "--db", db.toString(), "--dry-run");

        assertThat(added.exitCode()).isZero();
        assertThat(added.err()).isEmpty();
        assertThat(added.out()).matches("Added task \\d+ for F002, due 2030-01-07\\.\n");
        assertThat(generated.out()).as("F002 has an open task: generation plans none for it, whatever the reason")
                .contains("Would create 4 tasks (1 skipped: the customer already has an open task;")
                .doesNotContain("F002");
    }

    @Test
    void asecondTaskWhereOneIsOpenIsRefusedUnlessItReschedulesTheOpenOne() {
        cli.run("tasks", "generate", "--db", db.toString());

        CliRunner.Result refused = cli.run("tasks", "add", "--db", db.toString(), "--customer", "F001", "--due",
                "2030-01-07");
        CliRunner.Result moved = cli.run("tasks", "add", "--db", db.toString(), "--customer", "F001", "--due",
                "2030-01-07", "--reschedule");
        Path workbook = temp.resolve("tasks.xlsx");
        CliRunner.Result export = cli.run("tasks", "export", "--db", db.toString(), "--out", workbook.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("F001 already has an open task (")
                .endsWith("nothing was added. To move that task to 2030-01-07 instead, add --reschedule.\n");
        assertThat(moved.exitCode()).isZero();
        assertThat(moved.out()).matches("Moved task \\d+ of F001 to 2030-01-07; no second task was added\\.\n");
        assertThat(export.out()).as("still five tasks, none added").startsWith("Wrote 5 tasks");
    }

    @Test
    void anUnknownCustomerOrABadDueDateIsAUsageError() {
        CliRunner.Result unknown = cli.run("tasks", "add", "--db", db.toString(), "--customer", "NOPE", "--due",
                "2030-01-07");
        CliRunner.Result badDate = cli.run("tasks", "add", "--db", db.toString(), "--customer", "F001", "--due",
                "7.1.2030");
        CliRunner.Result chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE)
                .run("tasks", "add", "--db", db.toString(), "--customer", "NOPE", "--due", "2030-01-07");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("customerlens tasks add: no customer with key \"NOPE\" in the store\n");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("--due", "7.1.2030");
        assertThat(chinese.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(chinese.err()).contains("NOPE").doesNotContain("no customer");
    }
}
