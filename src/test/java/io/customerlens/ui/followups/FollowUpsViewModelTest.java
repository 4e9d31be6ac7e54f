package io.customerlens.ui.followups;

import io.customerlens.ui.common.MessageKind;
import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.report.TaskSheet;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.followups.TaskSort;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.customerlens.ui.followups.FollowUpStoreFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Follow-ups page without a screen, over the real service and store (see {@link FollowUpStoreFixture}):
 * generation with a preview, outcome entry with a chained task, bulk moves, the side panel, the effect panel
 * after a re-import, the sheet round trip and Home's due tasks.
 */
class FollowUpsViewModelTest {

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final StoreChanges storeChanges = new StoreChanges();
    private final StoreChanges followUpChanges = new StoreChanges();
    private final List<String> opened = new ArrayList<>();
    private final List<io.customerlens.domain.CustomerDrill> drills = new ArrayList<>();
    private FollowUpStoreFixture store;
    private FollowUpsViewModel viewModel;
    private DueTasksViewModel home;
    private int homeOpened;

    @BeforeEach
    void open() throws IOException {
        store = new FollowUpStoreFixture(folder);
        SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
        viewModel = new FollowUpsViewModel(store.followUps, store.lapses, store.cards, TestAnalysis.choices(), runner, messages, storeChanges,
                followUpChanges, new io.customerlens.ui.common.CustomerOpener() {
                    @Override
                    public void open(String customerKey) {
                        opened.add(customerKey);
                    }

                    @Override
                    public void drill(io.customerlens.domain.CustomerDrill drill) {
                        drills.add(drill);
                    }
                });
        home = new DueTasksViewModel(store.followUps, runner, messages, storeChanges, followUpChanges,
                () -> homeOpened++);
        viewModel.refresh();
        home.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thePreviewStoresNothingUntilTheTasksAreCreated() {
        viewModel.generation().open();

        assertThat(viewModel.generation().planned()).extracting(row -> row.task().customerKey(), PlannedRow::displayName)
                .containsExactly(tuple("F001", "甲商行"), tuple("F002", "乙商行"), tuple("F004", "丁商行"),
                        tuple("F003", "丙商行"), tuple("F005", "戊商行"));
        assertThat(viewModel.generation().summaryProperty().get()).isEqualTo("5 tasks from 2024-07-01 to 2024-07-01, "
                + "from the sales data as of 2024-06-30. 0 customers already have an open task and are skipped;"
                + " 0 are left for later (capacity).");
        assertThat(store.followUps.tasks()).isEmpty();
        assertThat(viewModel.rows()).isEmpty();

        viewModel.generation().create();

        assertThat(viewModel.generation().showingProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get()).isEqualTo("5 tasks created.");
        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey())
                .containsExactly("F001", "F002", "F004", "F003", "F005");
        assertThat(viewModel.countsProperty().get()).containsEntry(TaskListFilter.TODAY, 5L)
                .containsEntry(TaskListFilter.DUE_NOW, 5L).containsEntry(TaskListFilter.OVERDUE, 0L)
                .containsEntry(TaskListFilter.DONE, 0L).containsEntry(TaskListFilter.ALL, 5L);
    }

    @Test
    void aSmallerCapacitySpreadsThePlanAndLeavesTheRestForLater() {
        viewModel.generation().open();
        viewModel.generation().capacityProperty().set(2);

        // Two a day over working days from Monday 2024-07-01: 2 + 2 + 1.
        assertThat(viewModel.generation().planned()).extracting(row -> row.task().due()).containsExactly(
                TODAY, TODAY, TODAY.plusDays(1), TODAY.plusDays(1), TODAY.plusDays(2));
        assertThat(viewModel.generation().summaryProperty().get()).startsWith("5 tasks from 2024-07-01 to 2024-07-03");
    }

    @Test
    void generatingAgainSkipsCustomersWithAnOpenTask() {
        generate();
        viewModel.generation().open();

        assertThat(viewModel.generation().planned()).isEmpty();
        assertThat(viewModel.generation().canCreateProperty().get()).isFalse();
        assertThat(viewModel.generation().summaryProperty().get()).isEqualTo(
                "No new tasks to plan from the data as of 2024-06-30: 5 customers already have an open task.");
    }

    @Test
    void anOutcomeNeedsToSayWhetherTheCustomerWasReached() {
        generate();
        select("F001");
        OutcomeForm form = viewModel.outcome();

        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.hintProperty().get()).isEqualTo("Say whether the customer was reached (Alt+R or Alt+N).");
        form.reachedProperty().set(true);
        form.chainProperty().set(true);
        assertThat(form.canSaveProperty().get()).as("a chained follow-up needs the promised date").isFalse();
        form.promisedProperty().set(LocalDate.of(2024, 7, 15));
        assertThat(form.canSaveProperty().get()).isTrue();
        assertThat(form.contactedOnProperty().get()).isEqualTo(TODAY);
    }

    @Test
    void savingAnOutcomeClosesTheTaskChainsTheFollowUpAndUpdatesTheEffect() throws IOException {
        generate();
        select("F001");
        OutcomeForm form = viewModel.outcome();
        form.reachedProperty().set(true);
        form.reasonProperty().set(OutcomeReason.WILL_ORDER);
        form.promisedProperty().set(LocalDate.of(2024, 7, 15));
        form.notesProperty().set("orders after the fair");
        form.chainProperty().set(true);

        form.save();

        assertThat(viewModel.noticeProperty().get()).isEqualTo("Outcome saved; a follow-up is due 2024-07-15.");
        assertThat(viewModel.countsProperty().get()).containsEntry(TaskListFilter.DONE, 1L)
                .containsEntry(TaskListFilter.TODAY, 4L).containsEntry(TaskListFilter.UPCOMING, 1L);
        TaskRow done = store.followUps.tasks().stream().filter(task -> task.status() == FollowUpStatus.DONE)
                .map(task -> store.followUps.find(task.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(done.task().outcome().notes()).isEqualTo("orders after the fair");
        // The list keeps a task selected: the one that took the done task's place.
        assertThat(viewModel.selectedProperty().get()).isNotNull();
        assertThat(viewModel.selectedProperty().get().id()).isNotEqualTo(done.id());
        assertThat(followUpChanges.revisionProperty().get()).isPositive();
        // The call was on 2024-07-01; the data ends 2024-06-30, so its 30-day window is still open.
        assertThat(figure("contacted")).isEqualTo("1");
        assertThat(figure("pending")).isEqualTo("1");
        assertThat(figure("wonBack")).isEqualTo("0");
        assertThat(figure("rate")).as("the rate waits for the pending call")
                .isEqualTo("waits for them: 1 call, 1 still pending");
        assertThat(viewModel.effect().hasRateBars()).as("no decided call: no bar, the chart gives way to a line")
                .isFalse();

        store.load("followups-reorder.csv");
        storeChanges.storeChanged();

        // F001 ordered 800 on 2024-07-31, day 30: won back. F002 (lapsed, never called) is the comparison.
        assertThat(figure("wonBack")).isEqualTo("1");
        assertThat(figure("rate")).isEqualTo("100.0%");
        assertThat(figure("comparisonRate")).isEqualTo("0.0% of 1 customers");
        assertThat(figure("uplift")).isEqualTo("+100.0 pp");
        assertThat(figure("recovered")).isEqualTo("800.00");
        assertThat(figure("medianDays")).isEqualTo("30");
        assertThat(viewModel.effect().groupRows()).extracting(EffectGroupRow::name).containsExactly("Will order");
        viewModel.effect().groupingProperty().set(EffectGrouping.SALESPERSON);
        assertThat(viewModel.effect().groupRows()).extracting(EffectGroupRow::name).containsExactly("王强");
        // "Will order" is an outcome of the call, not a reason to stop: no call has said why a customer stopped, so
        // the table shows its "nothing yet" line, not every reason at 0.
        assertThat(viewModel.effect().reasons()).isEmpty();
        assertThat(viewModel.effect().hasReasonBars()).isFalse();
        assertThat(viewModel.effect().rateChart().categories()).containsExactly("王强", "Not contacted");
        assertThat(viewModel.effect().hasRateBars()).isTrue();
    }

    @Test
    void beforeAnyCallTheComparisonIsADashNotOfZeroCustomers() {
        generate();

        assertThat(figure("contacted")).isEqualTo("0");
        assertThat(figure("comparisonRate")).isEqualTo("–");
        assertThat(viewModel.effect().hasRateBars()).isFalse();
    }

    @Test
    void aStopReasonsCustomersOpenAsTheListItCounts() {
        generate();
        for (String customer : List.of("F002", "F003")) {
            select(customer);
            viewModel.outcome().reachedProperty().set(true);
            viewModel.outcome().reasonProperty().set(OutcomeReason.PRICE);
            viewModel.outcome().save();
        }
        ReasonStatFigure price = ReasonStatFigure.of(viewModel, OutcomeReason.PRICE);
        assertThat(price.customers()).as("two customers said price").isEqualTo(2);
        assertThat(viewModel.effect().hasReasonBars()).isTrue();

        viewModel.effect().drill(price.stat());

        // The list opens exactly the customers the figure counts, named after the reason.
        assertThat(drills).singleElement().satisfies(drill -> {
            assertThat(drill.label()).isEqualTo("Stopped because: Price");
            assertThat(drill.customerKeys()).containsExactlyInAnyOrder("F002", "F003").hasSize(price.customers());
        });
        // The reason chart's bars are the same rows in the same order: a bar opens its row's customers.
        int bar = viewModel.effect().reasons().indexOf(price.stat());
        viewModel.effect().drillReasonAt(bar);
        assertThat(drills.get(1).customerKeys()).isEqualTo(drills.get(0).customerKeys());
    }

    private record ReasonStatFigure(io.customerlens.analysis.followups.ReasonStat stat) {
        static ReasonStatFigure of(FollowUpsViewModel viewModel, OutcomeReason reason) {
            return new ReasonStatFigure(viewModel.effect().reasons().stream().filter(stat -> stat.reason() == reason)
                    .findFirst().orElseThrow());
        }

        int customers() {
            return (int) stat.customers();
        }
    }

    @Test
    void onceACallSaysWhyACustomerStoppedEveryStopReasonIsListed() {
        generate();
        select("F002");
        OutcomeForm form = viewModel.outcome();
        form.reachedProperty().set(true);
        form.reasonProperty().set(OutcomeReason.PRICE);

        form.save();

        assertThat(viewModel.effect().reasons()).extracting(stat -> stat.reason())
                .doesNotContain(OutcomeReason.WILL_ORDER, OutcomeReason.NEEDS_TIME).contains(OutcomeReason.PRICE,
                        OutcomeReason.QUALITY);
        assertThat(viewModel.effect().reasons()).filteredOn(stat -> stat.customers() > 0)
                .extracting(stat -> stat.reason()).containsExactly(OutcomeReason.PRICE);
    }

    @Test
    void bulkMovesSnoozesAndCancelsTheChosenTasks() {
        generate();
        viewModel.chosen().setAll(rowsOf("F001", "F002"));
        viewModel.moveToProperty().set(LocalDate.of(2024, 7, 10));

        viewModel.rescheduleChosen();

        assertThat(viewModel.noticeProperty().get()).isEqualTo("2 tasks moved to 2024-07-10.");
        assertThat(dueOf("F001")).isEqualTo(LocalDate.of(2024, 7, 10));
        assertThat(viewModel.countsProperty().get()).containsEntry(TaskListFilter.UPCOMING, 2L)
                .containsEntry(TaskListFilter.THIS_WEEK, 3L);

        viewModel.chosen().setAll(rowsOf("F003"));
        viewModel.moveToProperty().set(LocalDate.of(2024, 7, 3));
        viewModel.snoozeChosen();
        assertThat(viewModel.rows()).filteredOn(row -> row.task().customerKey().equals("F003"))
                .extracting(row -> row.task().status(), row -> row.task().effectiveDue())
                .containsExactly(tuple(FollowUpStatus.SNOOZED, LocalDate.of(2024, 7, 3)));

        viewModel.chosen().setAll(rowsOf("F004"));
        viewModel.cancelChosen();
        assertThat(viewModel.noticeProperty().get()).isEqualTo("1 task cancelled.");
        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey()).doesNotContain("F004");
        viewModel.filterProperty().set(TaskListFilter.ALL);
        assertThat(viewModel.rows()).hasSize(5);
    }

    @Test
    void sortingByValueAtStakePutsTheLargestCustomerFirst() {
        generate();
        viewModel.sortProperty().set(TaskSort.VALUE_AT_STAKE);
        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey())
                .containsExactly("F003", "F001", "F002", "F004", "F005");
        viewModel.sortProperty().set(TaskSort.DUE_DATE);
        viewModel.chosen().setAll(rowsOf("F003"));
        viewModel.moveToProperty().set(LocalDate.of(2024, 7, 5));
        viewModel.rescheduleChosen();
        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey()).last().isEqualTo("F003");
    }

    @Test
    void theSidePanelShowsTheCustomersFiguresAndLastPurchases() {
        generate();
        select("F001");

        TaskDetails details = viewModel.details();
        assertThat(details.titleProperty().get()).isEqualTo("甲商行 (F001)");
        assertThat(details.taskFigures()).extracting(DetailLine::id, DetailLine::value).contains(
                tuple("reason", "Lapsed 4 months"), tuple("due", "2024-07-01"), tuple("valueAtStake", "1,000.00"));
        // Last purchase 2024-02-10: 141 days before 2024-06-30; idle since March: 4 months.
        assertThat(details.customerFigures()).extracting(DetailLine::id, DetailLine::value).contains(
                tuple("salesperson", "王强"), tuple("standing", "Lapsed"),
                tuple("lastPurchase", "2024-02-10 (141 days before the latest data)"), tuple("idleMonths", "4"),
                tuple("monthlyAtStake", "1,000.00"), tuple("customerSince", "2023-01-10"));
        assertThat(details.lastPurchases()).extracting(line -> line.date().toString())
                .containsExactly("2024-02-10", "2024-01-10", "2023-12-10", "2023-11-10", "2023-10-10");

        viewModel.openSelectedCustomer();
        assertThat(opened).containsExactly("F001");
    }

    @Test
    void aManualTaskIsMadeForTheCustomerFoundByName() {
        viewModel.manual().reset(TODAY);
        viewModel.manual().searchProperty().set("戊");
        assertThat(viewModel.manual().matches()).extracting(CustomerChoice::key).containsExactly("F005");
        viewModel.manual().customerProperty().set(viewModel.manual().matches().getFirst());
        viewModel.manual().dueProperty().set(LocalDate.of(2024, 7, 2));
        viewModel.manual().notesProperty().set("bring samples");

        viewModel.manual().create();

        assertThat(viewModel.noticeProperty().get()).isEqualTo("Task created, due 2024-07-02.");
        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey(), row -> row.task().notes())
                .containsExactly(tuple("F005", "bring samples"));
    }

    @Test
    void aManualTaskWhereOneIsOpenOffersToMoveTheOpenOneInstead() {
        generate();
        FollowUpTask open = store.followUps.pendingFor("F001").getFirst();
        viewModel.manual().reset(TODAY);
        viewModel.manual().searchProperty().set("甲");
        viewModel.manual().customerProperty().set(viewModel.manual().matches().getFirst());
        viewModel.manual().dueProperty().set(LocalDate.of(2024, 7, 9));

        assertThat(viewModel.manual().openTaskProperty().get()).isEqualTo(open);
        assertThat(viewModel.manual().canCreateProperty().get()).as("no second open task").isFalse();
        assertThat(viewModel.manual().problemProperty().get()).startsWith("甲商行").contains("already has an open task",
                "due " + open.effectiveDue());
        viewModel.manual().create();
        assertThat(store.followUps.pendingFor("F001")).as("create does nothing while one is open").hasSize(1);

        viewModel.manual().rescheduleOpen();

        assertThat(store.followUps.pendingFor("F001")).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(open.id());
            assertThat(task.due()).isEqualTo(LocalDate.of(2024, 7, 9));
        });
        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("The customer's open task was moved to 2024-07-09; no second task was added.");
    }

    @Test
    void aBadCellInAnImportedSheetIsNamedAndChangesNothing() throws IOException {
        generate();
        Path sheet = folder.resolve("tasks.xlsx");
        viewModel.exportTo(sheet);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Tasks exported to " + sheet + ".");
        assertThat(viewModel.noticeKindProperty().get()).as("done, in green").isEqualTo(MessageKind.SUCCESS);
        replaceStatusOfFirstRow(sheet, "MAYBE");

        viewModel.importFrom(sheet);

        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("tasks.xlsx, row 2, column status: \"MAYBE\" is not one of the codes of this column");
        assertThat(viewModel.noticeKindProperty().get()).as("a problem, in red").isEqualTo(MessageKind.ERROR);
        assertThat(store.followUps.tasks()).extracting(task -> task.status()).containsOnly(FollowUpStatus.OPEN);
    }

    @Test
    void anEditedSheetComesBackAndUpdatesTheList() throws IOException {
        generate();
        Path sheet = folder.resolve("tasks.xlsx");
        viewModel.exportTo(sheet);
        replaceStatusOfFirstRow(sheet, "CANCELLED");

        viewModel.importFrom(sheet);

        assertThat(viewModel.noticeProperty().get()).isEqualTo("tasks.xlsx: 1 tasks updated, 4 unchanged.");
        assertThat(viewModel.countsProperty().get()).containsEntry(TaskListFilter.PENDING, 4L)
                .containsEntry(TaskListFilter.ALL, 5L);
    }

    @Test
    void aFilterThatHidesTheSelectedTaskClearsTheSidePanel() {
        generate();
        select("F001");
        viewModel.filterProperty().set(TaskListFilter.DONE);

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.details().titleProperty().get()).isEmpty();
        assertThat(viewModel.outcome().editableProperty().get()).isFalse();
    }

    @Test
    void homeShowsTheDueTasksAndOpensThem() {
        assertThat(home.visibleProperty().get()).isFalse();

        generate();

        assertThat(home.visibleProperty().get()).isTrue();
        assertThat(home.bannerProperty().get()).isEqualTo("No follow-up is overdue and 5 due today.");
        assertThat(home.todayTextProperty().get()).isEqualTo("5");
        assertThat(home.firstDue()).extracting(DueTaskLine::customer).containsExactly("甲商行", "乙商行", "丁商行",
                "丙商行", "戊商行");
        home.openDue();
        assertThat(homeOpened).isEqualTo(1);
        viewModel.showFilter(TaskListFilter.DUE_NOW);
        assertThat(viewModel.rows()).hasSize(5);
    }

    private void generate() {
        viewModel.generation().open();
        viewModel.generation().create();
    }

    private void select(String customerKey) {
        viewModel.selectedProperty().set(rowsOf(customerKey).getFirst());
    }

    private List<TaskRow> rowsOf(String... customerKeys) {
        List<String> keys = List.of(customerKeys);
        return viewModel.rows().stream().filter(row -> keys.contains(row.task().customerKey())).toList();
    }

    private LocalDate dueOf(String customerKey) {
        return rowsOf(customerKey).getFirst().task().effectiveDue();
    }

    private String figure(String id) {
        return viewModel.effect().figures().stream().filter(line -> line.id().equals(id)).findFirst()
                .orElseThrow().value();
    }

    /** Edits the sheet as a spreadsheet app would: the status cell of the first task row made anew. */
    private static void replaceStatusOfFirstRow(Path sheet, String status) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(sheet)) {
            workbook = WorkbookFactory.create(in);
        }
        Row row = workbook.getSheetAt(0).getRow(1);
        int column = TaskSheet.HEADER.indexOf(TaskSheet.STATUS);
        row.removeCell(row.getCell(column));
        row.createCell(column).setCellValue(status);
        try (OutputStream out = Files.newOutputStream(sheet)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
