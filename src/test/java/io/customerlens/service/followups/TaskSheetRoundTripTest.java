package io.customerlens.service.followups;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.report.TaskSheet;
import io.customerlens.report.TaskSheetException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Export the tasks, edit the workbook as a salesperson would on a phone, import it back. */
@OnEveryStore
class TaskSheetRoundTripTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private FollowUpFixture fixture;
    private FollowUpService service;
    private Path sheet;

    @BeforeEach
    void exportGeneratedTasks() throws IOException {
        fixture = new FollowUpFixture(store, folder.resolve("store"));
        service = fixture.service;
        service.generate(GenerationOptions.defaults());
        sheet = folder.resolve("tasks.xlsx");
        service.exportSheet(sheet);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void edit(Consumer<Sheet> change) throws IOException {
        Workbook workbook;
        try (var in = Files.newInputStream(sheet)) {
            workbook = WorkbookFactory.create(in);
        }
        change.accept(workbook.getSheetAt(0));
        try (OutputStream out = Files.newOutputStream(sheet)) {
            workbook.write(out);
        }
        workbook.close();
    }

    /**
     * Replaces a cell the way a spreadsheet app saves it: POI's setCellValue on the inline-string cells the
     * export writes keeps showing the old text, so the cell is made anew.
     */
    private static void set(Row row, String name, Object value) {
        int index = column(name);
        if (row.getCell(index) != null) {
            row.removeCell(row.getCell(index));
        }
        var cell = row.createCell(index);
        switch (value) {
            case String text -> cell.setCellValue(text);
            case LocalDate date -> cell.setCellValue(date);
            case Integer number -> cell.setCellValue(number);
            default -> throw new IllegalArgumentException(String.valueOf(value));
        }
    }

    private static int column(String name) {
        return TaskSheet.HEADER.indexOf(name);
    }

    /** The row of a task, by its id in the first column. */
    private static Row rowOf(Sheet sheet, long id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row for task " + id);
    }

    private FollowUpTask taskOf(String customer) {
        return service.tasks().stream().filter(task -> task.customerKey().equals(customer)).findFirst().orElseThrow();
    }

    @Test
    void anUnchangedSheetChangesNothing() throws IOException {
        List<FollowUpTask> before = service.tasks();

        SheetImport result = service.importSheet(sheet);

        assertThat(result).isEqualTo(new SheetImport(0, 5));
        assertThat(service.tasks()).isEqualTo(before);
    }

    @Test
    void statusOutcomeNotesAndDueComeBackByTaskId() throws IOException {
        long done = taskOf("F001").id();
        long moved = taskOf("F002").id();
        edit(sheet -> {
            Row row = rowOf(sheet, done);
            set(row, TaskSheet.STATUS, "done");
            set(row, TaskSheet.REACHED, "是");
            set(row, TaskSheet.REASON_CODE, "price");
            set(row, TaskSheet.PROMISED_DATE, "2024-07-08");
            set(row, TaskSheet.CONTACTED_ON, "2024/7/2");
            set(row, TaskSheet.NOTES, "called from the car");
            set(rowOf(sheet, moved), TaskSheet.DUE, LocalDate.of(2024, 7, 9));
        });

        SheetImport result = service.importSheet(sheet);

        assertThat(result).isEqualTo(new SheetImport(2, 3));
        FollowUpTask doneTask = service.find(done).orElseThrow().task();
        assertThat(doneTask.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(doneTask.completed()).isEqualTo(FollowUpFixture.NOW);
        assertThat(doneTask.notes()).isEqualTo("called from the car");
        assertThat(doneTask.outcome()).isEqualTo(new FollowUpOutcome(true, OutcomeReason.PRICE,
                LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 2), null));
        assertThat(service.find(moved).orElseThrow().task().due()).isEqualTo(LocalDate.of(2024, 7, 9));
    }

    @Test
    void aBadRowNamesFileRowColumnAndValueAndChangesNothing() throws IOException {
        List<FollowUpTask> before = service.tasks();
        long first = taskOf("F003").id();
        long second = taskOf("F001").id();
        edit(sheet -> {
            set(rowOf(sheet, first), TaskSheet.STATUS, "CANCELLED");
            Row bad = rowOf(sheet, second);
            set(bad, TaskSheet.DUE, "next Tuesday");
        });
        int badRow;
        try (Workbook workbook = WorkbookFactory.create(sheet.toFile())) {
            badRow = rowOf(workbook.getSheetAt(0), second).getRowNum() + 1;
        }

        TaskSheetException problem = catchThrowableOfType(TaskSheetException.class, () -> service.importSheet(sheet));

        assertThat(problem.file()).isEqualTo(sheet);
        assertThat(problem.row()).isEqualTo(badRow);
        assertThat(problem.column()).isEqualTo(TaskSheet.DUE);
        assertThat(problem.value()).isEqualTo("next Tuesday");
        assertThat(problem.problem()).isEqualTo(TaskSheetException.Problem.NOT_A_DATE);
        assertThat(service.tasks()).isEqualTo(before);
    }

    @Test
    void aDoneRowWithoutReachedIsRefusedWithoutChangingEarlierRows() throws IOException {
        List<FollowUpTask> before = service.tasks();
        long cancelled = taskOf("F003").id();
        long done = taskOf("F005").id();
        edit(sheet -> {
            set(rowOf(sheet, cancelled), TaskSheet.STATUS, "CANCELLED");
            set(rowOf(sheet, done), TaskSheet.STATUS, "DONE");
        });

        TaskSheetException problem = catchThrowableOfType(TaskSheetException.class, () -> service.importSheet(sheet));

        assertThat(problem.problem()).isEqualTo(TaskSheetException.Problem.MISSING_VALUE);
        assertThat(problem.column()).isEqualTo(TaskSheet.REACHED);
        assertThat(service.tasks()).isEqualTo(before);
    }

    @Test
    void anUnknownTaskIdIsNamed() throws IOException {
        edit(sheet -> set(sheet.getRow(1), TaskSheet.TASK_ID, 999));

        TaskSheetException problem = catchThrowableOfType(TaskSheetException.class, () -> service.importSheet(sheet));

        assertThat(problem.problem()).isEqualTo(TaskSheetException.Problem.UNKNOWN_TASK);
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.value()).isEqualTo("999");
    }

    @Test
    void anUnknownStatusCodeIsNamed() throws IOException {
        edit(sheet -> set(sheet.getRow(3), TaskSheet.STATUS, "later"));

        TaskSheetException problem = catchThrowableOfType(TaskSheetException.class, () -> service.importSheet(sheet));

        assertThat(problem.problem()).isEqualTo(TaskSheetException.Problem.UNKNOWN_VALUE);
        assertThat(problem.row()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(TaskSheet.STATUS);
        assertThat(problem.value()).isEqualTo("later");
    }
}
