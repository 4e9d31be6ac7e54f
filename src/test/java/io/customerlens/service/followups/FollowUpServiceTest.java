package io.customerlens.service.followups;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.followups.ContactResult;
import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.followups.PlannedTask;
import io.customerlens.analysis.followups.WinBackState;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.store.SalesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Figures from {@link FollowUpFixture}, worked out by hand. */
@OnEveryStore
class FollowUpServiceTest {

    @Parameter
    TestStore store;

    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    @TempDir
    Path folder;
    private FollowUpFixture fixture;
    private FollowUpService service;

    @BeforeEach
    void open() throws IOException {
        fixture = new FollowUpFixture(store, folder);
        service = fixture.service;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FollowUpTask taskOf(String customer) {
        return service.tasks().stream().filter(task -> task.customerKey().equals(customer)).findFirst().orElseThrow();
    }

    /**
     * F001 lapsed 4 months 1000 a month at stake, F002 lapsed 3 months 500, F004 one order 41 days before the as-of
     * date, 300, then the key-account reviews: F003 (strategic, never contacted) 2000, F005 (key, never contacted)
     * 100; all due today (capacity 15); priorities 1 + ⌊3 × (rank − 1) / 5⌋ = 1 1 2 2 3.
     */
    @Test
    void thePreviewRanksEveryReasonByValueAtStakeAndStoresNothing() {
        GenerationPreview preview = service.preview(GenerationOptions.defaults());

        assertThat(preview.plan().asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(preview.plan().tasks()).extracting(PlannedTask::customerKey, PlannedTask::reason, PlannedTask::detail,
                PlannedTask::due, PlannedTask::priority).containsExactly(
                tuple("F001", FollowUpReason.LAPSED, 4, TODAY, 1),
                tuple("F002", FollowUpReason.LAPSED, 3, TODAY, 1),
                tuple("F004", FollowUpReason.SECOND_ORDER, 41, TODAY, 2),
                tuple("F003", FollowUpReason.KEY_ACCOUNT_REVIEW, null, TODAY, 2),
                tuple("F005", FollowUpReason.KEY_ACCOUNT_REVIEW, null, TODAY, 3));
        assertThat(preview.plan().tasks()).extracting(task -> task.valueAtStake().stripTrailingZeros().toPlainString())
                .containsExactly("1000", "500", "300", "2000", "100");
        assertThat(preview.displayName("F001")).isEqualTo("甲商行");
        assertThat(service.tasks()).isEmpty();
    }

    @Test
    void generatingTwiceNeverMakesASecondPendingTaskForTheSameCustomerAndReason() {
        List<FollowUpTask> first = service.generate(GenerationOptions.defaults());
        GenerationPreview again = service.preview(GenerationOptions.defaults());

        assertThat(first).hasSize(5);
        assertThat(first).allSatisfy(task -> {
            assertThat(task.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(task.created()).isEqualTo(FollowUpFixture.NOW);
            assertThat(task.basisAsOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        });
        assertThat(again.plan().tasks()).isEmpty();
        assertThat(again.plan().alreadyOpen()).isEqualTo(5);
        assertThat(service.generate(GenerationOptions.defaults())).isEmpty();
        assertThat(service.tasks()).hasSize(5);
    }

    @Test
    void completingRecordsTheOutcomeAndChainsAFollowUpInOneStep() {
        service.generate(GenerationOptions.defaults());
        FollowUpTask lapsed = taskOf("F001");
        FollowUpOutcome outcome = new FollowUpOutcome(true, OutcomeReason.PRICE, LocalDate.of(2024, 7, 5), TODAY, "wants 5% off");

        Completion completion = service.complete(lapsed.id(), outcome,
                Optional.of(new ChainedTask(FollowUpChannel.WECHAT, LocalDate.of(2024, 7, 5), "check the order")));

        assertThat(completion.done().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(completion.done().completed()).isEqualTo(FollowUpFixture.NOW);
        assertThat(completion.done().outcome()).isEqualTo(outcome);
        FollowUpTask chained = completion.chained().orElseThrow();
        assertThat(chained.parentId()).isEqualTo(lapsed.id());
        assertThat(chained).extracting(FollowUpTask::customerKey, FollowUpTask::reason, FollowUpTask::channel,
                FollowUpTask::due, FollowUpTask::status)
                .containsExactly("F001", FollowUpReason.LAPSED, FollowUpChannel.WECHAT, LocalDate.of(2024, 7, 5),
                        FollowUpStatus.OPEN);
        assertThat(service.find(lapsed.id()).orElseThrow().task().outcome()).isEqualTo(outcome);
        assertThatThrownBy(() -> service.complete(lapsed.id(), outcome, Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void filtersFollowTheEffectiveDueDate() {
        service.generate(GenerationOptions.defaults());
        long f001 = taskOf("F001").id();
        long f002 = taskOf("F002").id();
        long f003 = taskOf("F003").id();
        long f004 = taskOf("F004").id();
        long f005 = taskOf("F005").id();
        service.reschedule(List.of(f001), LocalDate.of(2024, 6, 28));
        service.snooze(f002, LocalDate.of(2024, 7, 3));
        service.reschedule(List.of(f003), LocalDate.of(2024, 7, 10));
        service.cancel(f004);

        assertThat(ids(TaskFilter.OVERDUE)).containsExactly(f001);
        assertThat(ids(TaskFilter.TODAY)).containsExactly(f005);
        assertThat(ids(TaskFilter.THIS_WEEK)).containsExactly(f005, f002);
        assertThat(ids(TaskFilter.UPCOMING)).containsExactly(f002, f003);
        assertThat(ids(TaskFilter.PENDING)).containsExactly(f001, f005, f002, f003);
        assertThat(ids(TaskFilter.CANCELLED)).containsExactly(f004);
        assertThat(service.dueCounts()).isEqualTo(new DueCounts(1, 1));
        assertThat(service.list(TaskFilter.PENDING, TaskSort.VALUE_AT_STAKE)).extracting(TaskRow::id)
                .containsExactly(f003, f001, f002, f005);
    }

    @Test
    void aBulkRescheduleWithOneClosedTaskMovesNone() {
        service.generate(GenerationOptions.defaults());
        long open = taskOf("F001").id();
        long cancelled = service.cancel(taskOf("F002").id()).id();

        assertThatThrownBy(() -> service.reschedule(List.of(open, cancelled), LocalDate.of(2024, 8, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(service.find(open).orElseThrow().task().due()).isEqualTo(TODAY);
    }

    @Test
    void aManualTaskCarriesTheCustomersMonthlyAmountAtStake() {
        FollowUpTask manual = service.createManual(new ManualTask("F005", FollowUpChannel.VISIT, TODAY.plusDays(2),
                FollowUpTask.NORMAL, "bring samples"));

        assertThat(manual.reason()).isEqualTo(FollowUpReason.MANUAL);
        assertThat(manual.valueAtStake()).isEqualByComparingTo("100");
        assertThat(manual.notes()).isEqualTo("bring samples");
        assertThat(service.pendingFor("F005")).containsExactly(manual);
    }

    /**
     * F001 is called on 2024-07-01 (lapsed, a task made from the data as of 2024-06-30); F002, lapsed at the
     * same date and never called, is the comparison. Before the re-import the window (to 07-31) runs past the
     * data (06-30): pending. The re-import brings F001's order of 800 on 07-31, day 30, and data to 08-15.
     */
    @Test
    void aReimportOfNewSalesTurnsAContactedCustomerIntoWonBack() throws IOException {
        service.generate(GenerationOptions.defaults());
        service.complete(taskOf("F001").id(), new FollowUpOutcome(true, OutcomeReason.WILL_ORDER, null, TODAY, null),
                Optional.empty());

        EffectReport before = service.effect(EffectReport.DEFAULT_WINDOW_DAYS);
        fixture.importFixture("followups-reorder.csv");
        EffectReport after = service.effect(EffectReport.DEFAULT_WINDOW_DAYS);

        assertThat(before.contacts()).extracting(ContactResult::state).containsExactly(WinBackState.PENDING);
        assertThat(after.contacts()).extracting(ContactResult::customerKey, ContactResult::state,
                ContactResult::daysToReorder).containsExactly(tuple("F001", WinBackState.WON_BACK, 30));
        assertThat(after.contacted().recovered()).isEqualByComparingTo("800");
        assertThat(after.contacted().rate()).isEqualTo(1.0);
        assertThat(after.comparison().customers()).isEqualTo(1);
        assertThat(after.comparison().wonBack()).isZero();
        assertThat(after.uplift()).isEqualTo(1.0);
        assertThat(after.bySalesperson()).extracting(row -> row.group()).containsExactly("王强");
        assertThat(after.reasons().getFirst().reason()).isEqualTo(OutcomeReason.WILL_ORDER);
        assertThat(after.reasons().getFirst().lostAmount()).isEqualByComparingTo("1000");
    }

    /**
     * On a team server a task has an owner (issue 17 item 3): the win-back table by salesperson counts F001's call for
     * the login that works 王强's customers, "wang", and for the login it is given to after a reassignment, "li"
     * (whose salespeople have no not-called customers: no comparison). The embedded store gives a task an owner only
     * when it is reassigned: before that, 王强.
     */
    @Test
    void theWinBackTableBySalespersonUsesTheTasksOwnersWhereTheStoreHasThem() throws IOException {
        fixture.database.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO salesperson_role (salesperson, role_name) VALUES ('王强', 'wang')"));
        service.generate(GenerationOptions.defaults());
        long called = taskOf("F001").id();
        service.complete(called, new FollowUpOutcome(true, OutcomeReason.WILL_ORDER, null, TODAY, null),
                Optional.empty());
        fixture.importFixture("followups-reorder.csv");

        EffectReport owned = service.effect(EffectReport.DEFAULT_WINDOW_DAYS);
        new io.customerlens.store.FollowUpStore(fixture.database).reassign(called, "li");
        EffectReport reassigned = service.effect(EffectReport.DEFAULT_WINDOW_DAYS);

        if (store.isServer()) {
            assertThat(owned.bySalesperson()).extracting(row -> row.group(), row -> row.comparisonRate())
                    .containsExactly(tuple("wang", 0.0));
        } else {
            assertThat(owned.bySalesperson()).extracting(row -> row.group()).containsExactly("王强");
        }
        assertThat(reassigned.bySalesperson()).extracting(row -> row.group()).containsExactly("li");
        assertThat(reassigned.bySalesperson().getFirst().comparisonRate()).isNaN();
    }

    /** The effect reads the store's current snapshot: an import that brings the order shows at once. */
    @Test
    void theEffectFollowsTheStoreAfterAnImport() throws IOException {
        service.generate(GenerationOptions.defaults());
        service.complete(taskOf("F001").id(), new FollowUpOutcome(true, OutcomeReason.WILL_ORDER, null, TODAY, null),
                Optional.empty());
        assertThat(service.effect(EffectReport.DEFAULT_WINDOW_DAYS).contacts())
                .extracting(ContactResult::state).containsExactly(WinBackState.PENDING);

        fixture.importFixture("followups-reorder.csv");

        assertThat(service.effect(EffectReport.DEFAULT_WINDOW_DAYS).contacts())
                .extracting(ContactResult::state).containsExactly(WinBackState.WON_BACK);
    }

    @Test
    void tasksSurviveAReopenedStore() throws IOException {
        service.generate(GenerationOptions.defaults());
        fixture.close();

        try (FollowUpFixture reopened = new FollowUpFixture(store, folder)) {
            assertThat(reopened.service.tasks()).hasSize(5);
        }
        fixture = new FollowUpFixture(store, folder);
    }

    private List<Long> ids(TaskFilter filter) {
        return service.list(filter, TaskSort.DUE_DATE).stream().map(TaskRow::id).toList();
    }

}
