package io.customerlens.service.sync;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.ServerRefusal;
import io.customerlens.store.ContactStore;
import io.customerlens.store.CustomerRepository;
import io.customerlens.store.CustomerUpdate;
import io.customerlens.store.Database;
import io.customerlens.store.FollowUpStore;
import io.customerlens.store.ImportBatchRepository;
import io.customerlens.store.SalesLineRepository;
import io.customerlens.store.SampleLines;
import io.customerlens.store.SyncRows;
import io.customerlens.store.TeamRoles;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Offline and back against a real PostgreSQL server (docs/decisions/0019): salesperson 张三's login (A) copies A1 and
 * A2 with their two lines and A1's task, none of 李四's B1; pushes back what was made offline; the later outcome
 * wins either way and is reported; a sync stopped half way (the server ends the login's connection) changes neither
 * side.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class SyncServiceTest {

    private static final char[] PASSWORD_A = "a-secret".toCharArray();
    private static final char[] PASSWORD_B = "b-secret".toCharArray();
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Instant MORNING = Instant.parse("2024-04-02T01:00:00Z");

    @TempDir
    Path laptop;
    private ServerLogin owner;
    private String repA;
    private String repB;
    private long taskA1;

    @BeforeEach
    void createTeamStore(PostgresCluster cluster) {
        int run = RUN.incrementAndGet();
        String database = "team_sync_" + run + "_" + ProcessHandle.current().pid();
        cluster.createDatabase(database);
        owner = cluster.admin(database);
        repA = "sync_a_" + run + "_" + ProcessHandle.current().pid();
        repB = "sync_b_" + run + "_" + ProcessHandle.current().pid();
        try (Database store = Database.openServer(owner)) {
            TeamRoles team = new TeamRoles(store);
            team.addSalesperson(repA, PASSWORD_A, "张三");
            team.addSalesperson(repB, PASSWORD_B, "李四");
            long batch = store.jdbi().withExtension(ImportBatchRepository.class, batches -> {
                long id = batches.insert("team.xlsx", 1, "0".repeat(64), "sales", Instant.EPOCH);
                batches.complete(id, 3, 3, 0, 0, 0, null, null);
                return id;
            });
            store.jdbi().useExtension(SalesLineRepository.class, lines -> lines.insert(batch, List.of(
                    SampleLines.line(1, "A1", "2024-03-01", "100.50"), SampleLines.line(2, "A2", "2024-03-02", "200"),
                    SampleLines.line(3, "B1", "2024-03-03", "300"))));
            store.jdbi().useExtension(io.customerlens.store.ProductRepository.class, products -> products.insertNames(batch,
                    List.of(new io.customerlens.domain.ProductNameCount("P1", "阿莫西林胶囊", 2),
                            new io.customerlens.domain.ProductNameCount("P1", "阿莫西林", 1))));
            store.jdbi().useExtension(CustomerRepository.class, customers -> customers.upsert(List.of(
                    customer("A1", "张三"), customer("A2", "张三"), customer("B1", "李四"))));
            FollowUpStore tasks = new FollowUpStore(store);
            taskA1 = tasks.inTransaction(writer -> writer.insert(draft("A1"), Instant.EPOCH).id());
            tasks.inTransaction(writer -> writer.insert(draft("B1"), Instant.EPOCH));
        }
    }

    @AfterEach
    void dropTeamStore(PostgresCluster cluster) throws SQLException {
        try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), owner.user(),
                new String(owner.password()));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + owner.url().substring(owner.url().lastIndexOf('/') + 1)
                    + " WITH (FORCE)");
            statement.execute("DROP ROLE " + repA);
            statement.execute("DROP ROLE " + repB);
        }
    }

    @Test
    void aPullCopiesOnlyTheSalespersonsOwnRows() {
        PullReport report = pull(SyncRows.NONE);

        assertThat(report).isEqualTo(new PullReport(2, 0, 2, 2, 1, 0, 1, 2, List.of()));
        try (Database copy = Database.open(laptop)) {
            assertThat(customerKeys(copy)).containsExactly("A1", "A2");
            // The names a code was sold under come with their import, so the copy names products as the server does.
            List<String> names = copy.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT name || ':' || line_count FROM product_name ORDER BY line_count").mapTo(String.class).list());
            assertThat(names).containsExactly("阿莫西林:1", "阿莫西林胶囊:2");
            assertThat(copy.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count)).isEqualTo(2);
            assertThat(new FollowUpStore(copy).all()).extracting(FollowUpTask::customerKey).containsExactly("A1");
        }
    }

    /**
     * Columns the server has beyond our migrations (one added by hand; one whose name is a statement): the pull copies
     * the migrations' columns only, as always, and no name the server reports becomes part of a statement.
     */
    @Test
    void aColumnTheServerHasBeyondOurMigrationsIsNeitherCopiedNorPartOfAStatement() {
        try (Database server = Database.openServer(owner)) {
            server.jdbi().useHandle(handle -> {
                handle.execute("ALTER TABLE customer ADD COLUMN loyalty_note VARCHAR(100) DEFAULT 'vip'");
                handle.execute("ALTER TABLE sales_line ADD COLUMN \"id) VALUES (1); DROP TABLE product; --\" INTEGER");
            });
        }

        PullReport report = pull(SyncRows.NONE);

        assertThat(report).isEqualTo(new PullReport(2, 0, 2, 2, 1, 0, 1, 2, List.of()));
        try (Database copy = Database.open(laptop)) {
            assertThat(customerKeys(copy)).containsExactly("A1", "A2");
            assertThat(copy.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count)).isEqualTo(2);
            List<String> columns = copy.jdbi().withHandle(handle -> handle.createQuery("""
                            SELECT LOWER(column_name) FROM information_schema.columns
                            WHERE LOWER(table_name) IN ('customer', 'sales_line', 'product')""")
                    .mapTo(String.class).list());
            assertThat(columns).contains("customer_key", "fp_version", "sub_category")
                    .noneMatch(name -> name.contains("loyalty") || name.contains("drop"));
        }
        assertThat(pull(SyncRows.NONE).changedNothing()).isTrue();
    }

    /** The pulled rows keep the server's ids; the copy's own next import record and lines get ids after them. */
    @Test
    void anImportIntoTheCopyAfterAPullTakesNewIds() {
        pull(SyncRows.NONE);

        try (Database copy = Database.open(laptop)) {
            long pulledBatch = copy.jdbi().withHandle(handle -> handle.createQuery("SELECT MAX(id) FROM import_batch")
                    .mapTo(Long.class).one());
            long batch = copy.jdbi().withExtension(ImportBatchRepository.class,
                    batches -> batches.insert("offline.xlsx", 1, "1".repeat(64), "sales", Instant.EPOCH));
            copy.jdbi().useExtension(SalesLineRepository.class, lines -> lines.insert(batch, List.of(
                    SampleLines.line(4, "A1", "2024-03-09", "10"))));
            copy.jdbi().useExtension(ImportBatchRepository.class, batches -> batches.complete(batch, 1, 1, 0, 0, 0,
                    null, null));

            assertThat(batch).isGreaterThan(pulledBatch);
            assertThat(copy.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count)).isEqualTo(3);
        }
    }

    @Test
    void aSecondPullChangesNothingAndSaysSo() {
        pull(SyncRows.NONE);
        Snapshot before = Snapshot.of(laptop);

        PullReport second = pull(SyncRows.NONE);

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.overrides()).isEmpty();
        assertThat(Snapshot.of(laptop)).isEqualTo(before);
    }

    @Test
    void aPushSendsATaskMadeOfflineAndAnOutcomeOnceAndTheNextPullKeepsThem() {
        pull(SyncRows.NONE);
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            tasks.inTransaction(writer -> writer.insert(draft("A2"), MORNING));
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 2), MORNING);
        }

        PushReport first = push(SyncRows.NONE);
        PushReport second = push(SyncRows.NONE);

        assertThat(first).isEqualTo(new PushReport(1, 1, 0, List.of(), List.of()));
        assertThat(second.changedNothing()).isTrue();
        try (Database server = Database.openServer(owner)) {
            FollowUpStore tasks = new FollowUpStore(server);
            FollowUpTask sent = tasks.all().stream().filter(task -> task.customerKey().equals("A2")).findFirst()
                    .orElseThrow();
            assertThat(tasks.owner(sent.id())).contains(repA);
            assertThat(tasks.find(taskA1).orElseThrow().outcome().contactedOn()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(tasks.find(taskA1).orElseThrow().status()).isEqualTo(FollowUpStatus.DONE);
            assertThat(tasks.all()).hasSize(3);
        }
        Snapshot pushed = Snapshot.of(laptop);
        PullReport after = pull(SyncRows.NONE);
        assertThat(after.overrides()).isEmpty();
        assertThat(Snapshot.of(laptop).tasks()).isEqualTo(pushed.tasks());
    }

    @Test
    void aLaterOutcomeOnTheServerIsKeptAndTheCopysGivesWayOnPushAndPull() {
        pull(SyncRows.NONE);
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 1), MORNING);
        }
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A))) {
            complete(new FollowUpStore(server), taskA1, LocalDate.of(2024, 4, 5), MORNING);
        }
        FollowUpOutcome local = outcome(LocalDate.of(2024, 4, 1));
        FollowUpOutcome server = outcome(LocalDate.of(2024, 4, 5));

        PushReport pushed = push(SyncRows.NONE);
        PullReport pulled = pull(SyncRows.NONE);

        SyncOverride expected = new SyncOverride("A1", taskA1, SyncOverride.Side.COPY, local, server);
        assertThat(pushed).isEqualTo(new PushReport(0, 0, 0, List.of(expected), List.of()));
        assertThat(pulled.overrides()).containsExactly(expected);
        try (Database copy = Database.open(laptop)) {
            assertThat(new FollowUpStore(copy).all().getFirst().outcome()).isEqualTo(server);
        }
    }

    @Test
    void aLaterOutcomeOnTheLaptopReplacesTheServersAndIsReported() {
        pull(SyncRows.NONE);
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A))) {
            complete(new FollowUpStore(server), taskA1, LocalDate.of(2024, 4, 1), MORNING);
        }
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 5), MORNING);
        }
        // A pull before the push keeps the laptop's later outcome.
        PullReport pulled = pull(SyncRows.NONE);

        PushReport pushed = push(SyncRows.NONE);

        assertThat(pulled.overrides()).isEmpty();
        assertThat(pushed).isEqualTo(new PushReport(0, 1, 0, List.of(new SyncOverride("A1", taskA1,
                SyncOverride.Side.SERVER, outcome(LocalDate.of(2024, 4, 1)), outcome(LocalDate.of(2024, 4, 5)))),
                List.of()));
        try (Database server = Database.openServer(owner)) {
            assertThat(new FollowUpStore(server).find(taskA1).orElseThrow().outcome())
                    .isEqualTo(outcome(LocalDate.of(2024, 4, 5)));
        }
    }

    @Test
    void onTheSameContactDayTheOutcomeRecordedLaterWins() {
        pull(SyncRows.NONE);
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A))) {
            complete(new FollowUpStore(server), taskA1, LocalDate.of(2024, 4, 3), MORNING.plusSeconds(60));
        }
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 3), MORNING, "laptop");
        }

        PushReport pushed = push(SyncRows.NONE);

        assertThat(pushed.outcomesSent()).isZero();
        assertThat(pushed.overrides()).extracting(SyncOverride::lost).containsExactly(SyncOverride.Side.COPY);
    }

    /**
     * A2 goes to 李四 between the pull and the push: the server's row-level security would refuse A's task about A2,
     * and with it the whole push. The task stays on the laptop and is reported; A1's task and outcome go.
     */
    @Test
    void aPushSkipsATaskWhoseCustomerTheServerNoLongerShowsAndSendsTheRest() {
        pull(SyncRows.NONE);
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 2), MORNING);
            tasks.inTransaction(writer -> writer.insert(draft("A2"), MORNING));
            tasks.inTransaction(writer -> writer.insert(draft("A1"), MORNING));
        }
        try (Database server = Database.openServer(owner)) {
            server.jdbi().useHandle(handle -> handle.execute(
                    "UPDATE customer SET salesperson = '李四' WHERE customer_key = 'A2'"));
        }

        PushReport first = push(SyncRows.NONE);
        PushReport second = push(SyncRows.NONE);

        List<SkippedTask> skipped = List.of(new SkippedTask("A2", SkippedTask.Reason.CUSTOMER_NOT_VISIBLE));
        assertThat(first).isEqualTo(new PushReport(1, 1, 0, List.of(), skipped));
        assertThat(second).isEqualTo(new PushReport(0, 0, 0, List.of(), skipped));
        assertThat(serverTasks()).extracting(FollowUpTask::customerKey).containsExactlyInAnyOrder("A1", "A1", "B1");
        try (Database copy = Database.open(laptop)) {
            assertThat(new FollowUpStore(copy).all()).extracting(FollowUpTask::customerKey)
                    .containsExactlyInAnyOrder("A1", "A1", "A2");
        }
    }

    @Test
    void aPullStoppedHalfWayByTheServerLeavesTheCopyAsItWas(PostgresCluster cluster) throws SQLException {
        pull(SyncRows.NONE);
        try (Database server = Database.openServer(owner)) {
            server.jdbi().useExtension(CustomerRepository.class, customers -> customers.upsert(List.of(
                    new CustomerUpdate("A3", info("A3", "张三"), LocalDate.of(2024, 3, 1)))));
            long batch = server.jdbi().withExtension(ImportBatchRepository.class, batches -> {
                long id = batches.insert("more.xlsx", 1, "1".repeat(64), "sales", Instant.EPOCH);
                batches.complete(id, 1, 1, 0, 0, 0, null, null);
                return id;
            });
            server.jdbi().useExtension(SalesLineRepository.class, lines -> lines.insert(batch, List.of(
                    SampleLines.line(4, "A3", "2024-03-04", "400"))));
        }
        Snapshot before = Snapshot.of(laptop);

        assertThatThrownBy(() -> pull(afterRows(1, cluster))).isInstanceOf(SyncRefusedException.class)
                .extracting(failure -> ((SyncRefusedException) failure).refusal())
                .isEqualTo(ServerRefusal.CONNECTION_LOST);

        assertThat(Snapshot.of(laptop)).isEqualTo(before);
        assertThat(pull(SyncRows.NONE).linesAdded()).isEqualTo(1);
    }

    @Test
    void aPushStoppedHalfWayByTheServerLeavesBothSidesAsTheyWere(PostgresCluster cluster) {
        pull(SyncRows.NONE);
        try (Database copy = Database.open(laptop)) {
            FollowUpStore tasks = new FollowUpStore(copy);
            tasks.inTransaction(writer -> writer.insert(draft("A2"), MORNING));
            complete(tasks, localId(tasks, "A1"), LocalDate.of(2024, 4, 2), MORNING);
        }
        Snapshot laptopBefore = Snapshot.of(laptop);
        List<FollowUpTask> serverBefore = serverTasks();

        assertThatThrownBy(() -> push(afterRows(1, cluster))).isInstanceOf(SyncRefusedException.class)
                .extracting(failure -> ((SyncRefusedException) failure).refusal())
                .isEqualTo(ServerRefusal.CONNECTION_LOST);

        assertThat(serverTasks()).isEqualTo(serverBefore);
        assertThat(Snapshot.of(laptop)).isEqualTo(laptopBefore);
        assertThat(push(SyncRows.NONE)).isEqualTo(new PushReport(1, 1, 0, List.of(), List.of()));
    }

    /**
     * A phone number typed offline for A2 goes to the server once; the server's later edit of A1 comes to the laptop
     * on the next pull while the laptop's earlier A1 edit is not sent.
     */
    @Test
    void contactEditsTravelByTheLaterEdit() {
        pull(SyncRows.NONE);
        OffsetDateTime nine = OffsetDateTime.parse("2024-04-02T09:00:00Z");
        try (Database copy = Database.open(laptop)) {
            ContactStore contacts = new ContactStore(copy);
            contacts.saveEdit("A2", new ContactStore.ContactEdits("0571-1234", null, null, null), nine);
            contacts.saveEdit("A1", new ContactStore.ContactEdits("laptop", null, null, null), nine);
        }
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A))) {
            new ContactStore(server).saveEdit("A1", new ContactStore.ContactEdits("server", null, null, null),
                    nine.plusHours(1));
        }

        PushReport first = push(SyncRows.NONE);
        PushReport second = push(SyncRows.NONE);
        PullReport pulled = pull(SyncRows.NONE);

        assertThat(first).isEqualTo(new PushReport(0, 0, 1, List.of(), List.of()));
        assertThat(second.changedNothing()).isTrue();
        assertThat(pulled.contactEdits()).isEqualTo(1);
        try (Database server = Database.openServer(owner)) {
            assertThat(new ContactStore(server).find("A2").phone()).isEqualTo("0571-1234");
            assertThat(new ContactStore(server).find("A1").phone()).isEqualTo("server");
        }
        try (Database copy = Database.open(laptop)) {
            assertThat(new ContactStore(copy).find("A1").phone()).isEqualTo("server");
        }
    }

    /** Ends the login's server connections once {@code rows} rows were written: the server gone mid-way. */
    private SyncRows afterRows(int rows, PostgresCluster cluster) {
        AtomicInteger written = new AtomicInteger();
        return () -> {
            if (written.incrementAndGet() == rows) {
                try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(),
                        new String(owner.password()));
                     PreparedStatement end = connection.prepareStatement(
                             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?")) {
                    end.setString(1, repA);
                    end.execute();
                } catch (SQLException e) {
                    throw new AssertionError("could not end the login's connections", e);
                }
            }
        };
    }

    private PullReport pull(SyncRows rows) {
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A));
             Database copy = Database.open(laptop)) {
            return new SyncService(copy).pullFrom(new SyncService(server), rows);
        }
    }

    private PushReport push(SyncRows rows) {
        try (Database server = Database.openServer(owner.as(repA, PASSWORD_A));
             Database copy = Database.open(laptop)) {
            return new SyncService(copy).pushTo(new SyncService(server), rows);
        }
    }

    private List<FollowUpTask> serverTasks() {
        try (Database server = Database.openServer(owner)) {
            return new FollowUpStore(server).all();
        }
    }

    /** What a laptop copy holds: import records, customers, line count and tasks with outcomes (ids included). */
    private record Snapshot(long imports, List<String> customers, long lines, List<FollowUpTask> tasks) {
        static Snapshot of(Path folder) {
            try (Database copy = Database.open(folder)) {
                return new Snapshot(
                        copy.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM import_batch")
                                .mapTo(Long.class).one()),
                        customerKeys(copy),
                        copy.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count),
                        new FollowUpStore(copy).all());
            }
        }
    }

    private static long localId(FollowUpStore tasks, String customerKey) {
        return tasks.all().stream().filter(task -> task.customerKey().equals(customerKey)).findFirst().orElseThrow()
                .id();
    }

    private static void complete(FollowUpStore tasks, long id, LocalDate contacted, Instant recorded) {
        complete(tasks, id, contacted, recorded, null);
    }

    private static void complete(FollowUpStore tasks, long id, LocalDate contacted, Instant recorded, String notes) {
        tasks.inTransaction(writer -> {
            writer.saveOutcome(id, new FollowUpOutcome(true, null, null, contacted, notes));
            writer.setStatus(id, FollowUpStatus.DONE, null, recorded);
            return null;
        });
    }

    private static FollowUpOutcome outcome(LocalDate contacted) {
        return new FollowUpOutcome(true, null, null, contacted, null);
    }

    private static List<String> customerKeys(Database store) {
        return store.jdbi().withExtension(CustomerRepository.class, CustomerRepository::findAll).stream()
                .map(customer -> customer.key()).toList();
    }

    private static CustomerUpdate customer(String key, String salesperson) {
        return new CustomerUpdate(key, info(key, salesperson), LocalDate.of(2024, 3, 1));
    }

    private static CustomerInfo info(String key, String salesperson) {
        return new CustomerInfo(key, "Shop " + key, null, null, null, null, null, null, salesperson);
    }

    private static FollowUpDraft draft(String customerKey) {
        return new FollowUpDraft(customerKey, FollowUpReason.values()[0], null, FollowUpChannel.values()[0],
                LocalDate.of(2024, 4, 1), 1, BigDecimal.TEN, null, null, null);
    }
}
