package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.TeamSalesFixture;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The Follow-ups page's owners on a whole team's store ({@link TeamSalesFixture}) opened by its owner: a task nobody
 * was given belongs to its customer's salesperson; a manager gives tasks to others in one go; a chosen salesperson
 * sees the tasks of their customers and those given to them.
 */
@OnEveryStore
class TaskOwnersOnThePageTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private TeamSalesFixture team;
    private FollowUpService service;
    private FollowUpTask forC01;
    private FollowUpTask forC02;
    private FollowUpTask forC04;

    @BeforeEach
    void open() throws IOException {
        team = new TeamSalesFixture(store, folder);
        service = new FollowUpService(team.database, team.snapshots, team.lapses, team.segments,
                Clock.fixed(FollowUpFixture.NOW, ZoneOffset.UTC));
        forC01 = task("C01");
        forC02 = task("C02");
        forC04 = task("C04");
    }

    private FollowUpTask task(String customer) {
        return service.createManual(new ManualTask(customer, FollowUpChannel.PHONE, LocalDate.of(2024, 7, 1), 1, null));
    }

    @AfterEach
    void close() {
        team.close();
    }

    private List<TaskRow> rows() {
        return service.list(TaskFilter.ALL, TaskSort.DUE_DATE);
    }

    @Test
    void aTaskNobodyWasGivenIsItsCustomersSalespersons() {
        assertThat(rows()).extracting(row -> row.task().customerKey(), TaskRow::owner)
                .containsExactlyInAnyOrder(tuple("C01", "张伟"), tuple("C02", "张伟"), tuple("C04", "李娜"));
        assertThat(service.canReassign()).as("the store's owner is no salesperson").isTrue();
        assertThat(service.reassignTargets()).containsExactly("张伟", "李娜");
    }

    @Test
    void reassigningGivesEveryChosenTaskToTheNewOwnerInOneGo() {
        assertThat(service.reassign(List.of(forC01.id(), forC02.id()), "李娜")).isTrue();

        assertThat(rows()).extracting(row -> row.task().customerKey(), TaskRow::owner)
                .containsExactlyInAnyOrder(tuple("C01", "李娜"), tuple("C02", "李娜"), tuple("C04", "李娜"));
    }

    @Test
    void aTaskThatIsGoneLeavesEveryOwnerAsItWas() {
        assertThat(service.reassign(List.of(forC01.id(), 999_999L), "李娜")).isFalse();

        assertThat(service.find(forC01.id()).orElseThrow().owner()).isEqualTo("张伟");
    }

    @Test
    void aChosenSalespersonSeesTheirCustomersTasksAndThoseGivenToThem() {
        service.reassign(List.of(forC02.id()), "李娜");

        team.customers.salespersonScope().scopeTo(Optional.of("李娜"));
        assertThat(rows()).extracting(row -> row.task().customerKey()).containsExactlyInAnyOrder("C02", "C04");
        assertThat(service.dueCounts().total()).isEqualTo(2);

        // C02 is still his customer: his login reads its tasks whoever works them, as the server's policy has it
        team.customers.salespersonScope().scopeTo(Optional.of("张伟"));
        assertThat(rows()).extracting(row -> row.task().customerKey()).containsExactlyInAnyOrder("C01", "C02");
    }
}
