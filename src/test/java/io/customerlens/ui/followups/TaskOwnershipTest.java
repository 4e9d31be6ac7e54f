package io.customerlens.ui.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.service.TeamSalesFixture;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The Follow-ups page's Owner column, owner filter and "Reassign to…" over a whole team's store
 * ({@link TeamSalesFixture}, opened by its owner, as a manager would): tasks for C01, C02 (张伟's) and C04 (李娜's).
 */
@OnEveryStore
class TaskOwnershipTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private TeamSalesFixture team;
    private FollowUpsViewModel viewModel;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void open() throws IOException {
        team = new TeamSalesFixture(store, folder);
        FollowUpService service = new FollowUpService(team.database, team.snapshots, team.lapses, team.segments,
                Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC));
        for (String customer : List.of("C01", "C02", "C04")) {
            service.createManual(new ManualTask(customer, FollowUpChannel.PHONE, LocalDate.of(2024, 7, 1), 2, null));
        }
        CustomerCardService cards = new CustomerCardService(team.database, team.lapses, team.segments,
                service::historyOf);
        viewModel = new FollowUpsViewModel(service, team.lapses, cards, TestAnalysis.choices(),
                new SynchronousTaskRunner(messages), messages, new StoreChanges(), new StoreChanges(),
                customerKey -> { });
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        team.close();
    }

    private List<String> listed() {
        return viewModel.rows().stream().map(row -> row.task().customerKey()).sorted().toList();
    }

    @Test
    void eachTaskShowsItsOwnerAndTheFilterListsTheOwners() {
        TaskOwnership ownership = viewModel.ownership();

        assertThat(viewModel.rows()).extracting(row -> row.task().customerKey(), TaskRow::owner)
                .containsExactlyInAnyOrder(tuple("C01", "张伟"), tuple("C02", "张伟"), tuple("C04", "李娜"));
        assertThat(ownership.shownProperty().get()).isTrue();
        assertThat(ownership.owners()).extracting(TaskOwnership.OwnerChoice::label)
                .containsExactly("All owners", "张伟", "李娜");
        assertThat(ownership.reassignableProperty().get()).as("the store's owner gives tasks").isTrue();
        assertThat(ownership.targets()).containsExactly("张伟", "李娜");

        ownership.filterProperty().set(ownership.owners().get(2));
        assertThat(listed()).containsExactly("C04");
        assertThat(viewModel.countsProperty().get().get(TaskListFilter.PENDING)).as("the buttons count 李娜's").isEqualTo(1);
        ownership.filterProperty().set(ownership.owners().get(0));
        assertThat(listed()).containsExactly("C01", "C02", "C04");
        assertThat(viewModel.countsProperty().get().get(TaskListFilter.PENDING)).isEqualTo(3);
    }

    @Test
    void reassigningTheSelectedTasksMovesThemToTheNewOwnersList() {
        TaskOwnership ownership = viewModel.ownership();
        viewModel.chosen().setAll(viewModel.rows().stream()
                .filter(row -> !row.task().customerKey().equals("C04")).toList());
        ownership.reassignToProperty().set("李娜");

        viewModel.reassignChosen();

        assertThat(viewModel.noticeProperty().get()).isEqualTo("2 tasks now belong to 李娜.");
        assertThat(viewModel.rows()).extracting(TaskRow::owner).containsOnly("李娜");
        assertThat(ownership.owners()).extracting(TaskOwnership.OwnerChoice::label)
                .containsExactly("All owners", "李娜");
    }

    @Test
    void nothingChosenGivesNothingAndSaysWhatToDo() {
        viewModel.ownership().reassignToProperty().set("李娜");

        viewModel.reassignChosen();

        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("Select tasks in the list and choose whom to give them to.");
        assertThat(viewModel.rows()).extracting(TaskRow::owner).contains("张伟");
    }
}
