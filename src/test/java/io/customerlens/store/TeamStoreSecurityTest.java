package io.customerlens.store;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row-level security on a real PostgreSQL server (docs/decisions/0016): salesperson A's login sees none of B's
 * customers, lines or tasks, through the store and through plain SQL; the manager's login sees both. Tasks have an
 * owner: the salesperson who made them, or the customer's salesperson when the manager did.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class TeamStoreSecurityTest {

    private static final char[] PASSWORD_A = "a-secret".toCharArray();
    private static final char[] PASSWORD_B = "b-secret".toCharArray();
    private static final char[] PASSWORD_MANAGER = "m-secret".toCharArray();
    /** Cluster-wide role names, unique per test so that tests do not share logins. */
    private static final AtomicInteger RUN = new AtomicInteger();

    private ServerLogin owner;
    private String repA;
    private String repB;
    private String manager;

    @BeforeEach
    void createTeamStore(PostgresCluster cluster) {
        int run = RUN.incrementAndGet();
        String database = "team_security_" + run + "_" + ProcessHandle.current().pid();
        cluster.createDatabase(database);
        owner = cluster.admin(database);
        repA = "rep_a_" + run + "_" + ProcessHandle.current().pid();
        repB = "rep_b_" + run + "_" + ProcessHandle.current().pid();
        manager = "boss_" + run + "_" + ProcessHandle.current().pid();
        try (Database store = Database.openServer(owner)) {
            TeamRoles team = new TeamRoles(store);
            team.addSalesperson(repA, PASSWORD_A, "张三");
            team.addSalesperson(repB, PASSWORD_B, "李四");
            team.addManager(manager, PASSWORD_MANAGER);
            long batch = store.jdbi().withExtension(ImportBatchRepository.class, batches -> {
                long id = batches.insert("team.xlsx", 1, "0".repeat(64), "sales", Instant.EPOCH);
                batches.complete(id, 3, 3, 0, 0, 0, null, null);
                return id;
            });
            store.jdbi().useExtension(SalesLineRepository.class, lines -> lines.insert(batch, List.of(
                    SampleLines.line(1, "A1", "2024-03-01", "100"), SampleLines.line(2, "A2", "2024-03-02", "200"),
                    SampleLines.line(3, "B1", "2024-03-03", "300"))));
            store.jdbi().useExtension(CustomerRepository.class, customers -> customers.upsert(List.of(
                    customer("A1", "张三"), customer("A2", "张三"), customer("B1", "李四"))));
            store.jdbi().useExtension(FollowUpRepository.class, tasks -> {
                tasks.insert(task("A1"), Instant.EPOCH);
                tasks.insert(task("B1"), Instant.EPOCH);
            });
        }
    }

    @AfterEach
    void dropLogins(PostgresCluster cluster) throws SQLException {
        // The logins are the server's: dropped so that the next test's names start clean.
        try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), owner.user(),
                new String(owner.password()));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + owner.url().substring(owner.url().lastIndexOf('/') + 1));
            for (String role : List.of(repA, repB, manager)) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void salespersonASeesNoneOfBsCustomersLinesOrTasksThroughTheStore() {
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            assertThat(customerKeys(store)).containsExactly("A1", "A2");
            assertThat(store.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count)).isEqualTo(2);
            assertThat(store.jdbi().withExtension(FollowUpRepository.class, FollowUpRepository::findAll))
                    .extracting(task -> task.customerKey()).containsExactly("A1");
        }
    }

    @Test
    void salespersonASeesNoneOfBsRowsThroughPlainSqlWithTheirOwnLogin() throws SQLException {
        try (Connection connection = DriverManager.getConnection(owner.url(), repA, new String(PASSWORD_A));
             Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM customer WHERE salesperson = '李四'")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM sales_line WHERE customer_key = 'B1'")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM follow_up_task WHERE customer_key = 'B1'")).isZero();
            assertThat(statement.executeUpdate("UPDATE customer SET name = 'taken' WHERE customer_key = 'B1'")).isZero();
            assertThat(statement.executeUpdate("DELETE FROM sales_line WHERE customer_key = 'B1'")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM customer")).isEqualTo(2);
        }
    }

    @Test
    void theManagerSeesBothSalespeoplesCustomers() {
        try (Database store = Database.openServer(owner.as(manager, PASSWORD_MANAGER))) {
            assertThat(customerKeys(store)).containsExactly("A1", "A2", "B1");
            assertThat(store.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count)).isEqualTo(3);
            assertThat(store.jdbi().withExtension(FollowUpRepository.class, FollowUpRepository::findAll)).hasSize(2);
        }
    }

    @Test
    void salespersonBSeesOnlyTheirOwnCustomer() {
        try (Database store = Database.openServer(owner.as(repB, PASSWORD_B))) {
            assertThat(customerKeys(store)).containsExactly("B1");
        }
    }

    @Test
    void aTaskASalespersonMakesIsTheirs() {
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            long task = store.jdbi().withExtension(FollowUpRepository.class, tasks -> tasks.insert(task("A2"), Instant.EPOCH));

            assertThat(new FollowUpStore(store).owner(task)).contains(repA);
        }
    }

    @Test
    void aTaskTheManagerMakesBelongsToTheCustomersSalespersonAndMovesWhenReassigned() {
        long task;
        try (Database store = Database.openServer(owner.as(manager, PASSWORD_MANAGER))) {
            FollowUpStore tasks = new FollowUpStore(store);
            task = store.jdbi().withExtension(FollowUpRepository.class, repository -> repository.insert(task("B1"),
                    Instant.EPOCH));
            assertThat(tasks.owner(task)).contains(repB);

            assertThat(tasks.reassign(task, repA)).isTrue();
        }
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            assertThat(new FollowUpStore(store).owner(task)).contains(repA);
            assertThat(customerKeys(store)).doesNotContain("B1");
        }
        // B keeps seeing a task about B's customer, now as A's.
        try (Database store = Database.openServer(owner.as(repB, PASSWORD_B))) {
            assertThat(new FollowUpStore(store).all()).extracting(FollowUpTask::id).contains(task);
            assertThat(new FollowUpStore(store).owner(task)).contains(repA);
        }
    }

    @Test
    void onlyASalespersonsLoginIsToldItMayNotReassign() {
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            assertThat(new FollowUpStore(store).signedInAsSalesperson()).isTrue();
        }
        try (Database store = Database.openServer(owner.as(manager, PASSWORD_MANAGER))) {
            assertThat(new FollowUpStore(store).signedInAsSalesperson()).isFalse();
        }
        try (Database store = Database.openServer(owner)) {
            assertThat(new FollowUpStore(store).signedInAsSalesperson()).as("the store's owner").isFalse();
        }
    }

    @Test
    void aReassignmentRowSecurityRefusesInPartChangesNoTask() {
        Map<String, Long> taskOf = new HashMap<>();
        try (Database store = Database.openServer(owner)) {
            new FollowUpStore(store).all().forEach(task -> taskOf.put(task.customerKey(), task.id()));
        }
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            FollowUpStore tasks = new FollowUpStore(store);

            assertThat(tasks.reassign(List.of(taskOf.get("A1"), taskOf.get("B1")), repB)).isFalse();

            assertThat(tasks.owner(taskOf.get("A1"))).contains(repA);
        }
        try (Database store = Database.openServer(owner.as(manager, PASSWORD_MANAGER))) {
            FollowUpStore tasks = new FollowUpStore(store);

            assertThat(tasks.reassign(List.of(taskOf.get("A1"), taskOf.get("B1")), repB)).isTrue();

            assertThat(tasks.owner(taskOf.get("A1"))).contains(repB);
            assertThat(tasks.owner(taskOf.get("B1"))).contains(repB);
        }
    }

    private static List<String> customerKeys(Database store) {
        List<String> keys = new ArrayList<>();
        store.jdbi().withExtension(CustomerRepository.class, CustomerRepository::findAll)
                .forEach(customer -> keys.add(customer.key()));
        return keys;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static CustomerUpdate customer(String key, String salesperson) {
        return new CustomerUpdate(key, new CustomerInfo(key, "Shop " + key, null, null, null, null, null, null,
                salesperson), LocalDate.of(2024, 3, 1));
    }

    private static FollowUpDraft task(String customerKey) {
        return new FollowUpDraft(customerKey, FollowUpReason.values()[0], null, FollowUpChannel.values()[0],
                LocalDate.of(2024, 4, 1), 1, BigDecimal.TEN, null, null, null);
    }
}
