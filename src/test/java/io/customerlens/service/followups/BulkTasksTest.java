package io.customerlens.service.followups;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The lists' "create follow-up tasks" over {@link FollowUpFixture} (as of 2024-06-30, today 2024-07-01). */
@OnEveryStore
class BulkTasksTest {

    private static final LocalDate DUE = LocalDate.of(2024, 7, 8);

    @Parameter
    TestStore store;

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

    private static BulkTaskRequest request(String... customers) {
        return new BulkTaskRequest(List.of(customers), FollowUpReason.LAPSED, FollowUpChannel.VISIT, DUE,
                FollowUpTask.HIGH, "  spring price list  ");
    }

    /** F001's monthly amount at stake is 1000, F003's 2000 (one order of each a month). */
    @Test
    void oneTaskPerChosenCustomerWithTheReasonDueDateAndAmountAtStake() {
        BulkTaskResult result = service.createFor(request("F001", "F003"));

        assertThat(result.skipped()).isEmpty();
        assertThat(result.created()).extracting(FollowUpTask::customerKey, FollowUpTask::reason, FollowUpTask::channel,
                        FollowUpTask::due, FollowUpTask::priority, FollowUpTask::notes, FollowUpTask::status,
                        FollowUpTask::basisAsOf)
                .containsExactly(
                        tuple("F001", FollowUpReason.LAPSED, FollowUpChannel.VISIT, DUE, 1, "spring price list",
                                FollowUpStatus.OPEN, LocalDate.of(2024, 6, 30)),
                        tuple("F003", FollowUpReason.LAPSED, FollowUpChannel.VISIT, DUE, 1, "spring price list",
                                FollowUpStatus.OPEN, LocalDate.of(2024, 6, 30)));
        assertThat(result.created().get(0).valueAtStake()).isEqualByComparingTo("1000");
        assertThat(result.created().get(1).valueAtStake()).isEqualByComparingTo("2000");
        assertThat(service.tasks()).hasSize(2);
    }

    @Test
    void customersWithAnOpenOrSnoozedTaskAreSkippedAndCounted() {
        FollowUpTask open = service.createManual(new ManualTask("F002", FollowUpChannel.PHONE, DUE, 2, null));
        FollowUpTask snoozed = service.createManual(new ManualTask("F004", FollowUpChannel.PHONE, DUE, 2, null));
        service.snooze(snoozed.id(), DUE.plusDays(7));
        FollowUpTask done = service.createManual(new ManualTask("F005", FollowUpChannel.PHONE, DUE, 2, null));
        service.cancel(done.id());

        BulkTaskResult result = service.createFor(request("F001", "F002", "F004", "F005"));

        assertThat(result.created()).extracting(FollowUpTask::customerKey).containsExactly("F001", "F005");
        assertThat(result.skipped()).containsExactly("F002", "F004");
        assertThat(service.pendingFor("F002")).containsExactly(open);
        assertThat(service.tasks()).hasSize(5);
    }

    @Test
    void aCustomerNamedTwiceGetsOneTaskAndBlankNotesAreNone() {
        BulkTaskResult result = service.createFor(new BulkTaskRequest(List.of("F001", "F001"), FollowUpReason.MANUAL,
                FollowUpChannel.PHONE, DUE, FollowUpTask.NORMAL, "   "));

        assertThat(result.created()).extracting(FollowUpTask::customerKey).containsExactly("F001");
        assertThat(result.created().getFirst().notes()).isNull();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void aSecondRunOverTheSameCustomersCreatesNothing() {
        service.createFor(request("F001", "F003"));

        BulkTaskResult again = service.createFor(request("F003", "F001"));

        assertThat(again.created()).isEmpty();
        assertThat(again.skipped()).containsExactly("F003", "F001");
        assertThat(service.tasks()).hasSize(2);
    }
}
