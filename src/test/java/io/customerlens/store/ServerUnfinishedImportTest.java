package io.customerlens.store;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.UnfinishedImport;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unfinished imports on a team server, against a real cluster (docs/decisions/0019): one whose importing session the
 * server ended is removed when the store is next opened by a login that sees every line; one a live session is
 * writing is left alone and completes afterwards; a salesperson's opening removes nothing.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class ServerUnfinishedImportTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Instant STARTED = Instant.parse("2024-04-02T01:00:00Z");
    private static final char[] PASSWORD_A = "a-secret".toCharArray();

    private ServerLogin owner;
    private String repA;

    @BeforeEach
    void createTeamStore(PostgresCluster cluster) {
        int run = RUN.incrementAndGet();
        String database = "unfinished_" + run + "_" + ProcessHandle.current().pid();
        cluster.createDatabase(database);
        owner = cluster.admin(database);
        repA = "unfinished_a_" + run + "_" + ProcessHandle.current().pid();
        try (Database store = Database.openServer(owner)) {
            new TeamRoles(store).addSalesperson(repA, PASSWORD_A, "张三");
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
        }
    }

    @Test
    void anImportWhoseSessionTheServerEndedIsRemovedWhenTheStoreOpens() throws SQLException {
        Database importing = Database.openServer(owner);
        ImportWriter writer = new SalesStore(importing).importWriter();
        long batch = writer.startBatch("dead.xlsx", 1, "0".repeat(64), "sales", STARTED);
        writer.insertLines(batch, List.of(SampleLines.line(1, "A1", "2024-03-01", "100"),
                SampleLines.line(2, "A1", "2024-03-02", "200")));

        assertThat(endSessionHoldingTheLockOf(batch)).isEqualTo(1);
        List<UnfinishedImport> bySalesperson;
        try (Database store = Database.openServer(owner.as(repA, PASSWORD_A))) {
            bySalesperson = store.unfinishedImportsRemoved();
        }
        long[] afterSalesperson = batchesAndLines();
        List<UnfinishedImport> byOwner;
        try (Database store = Database.openServer(owner)) {
            byOwner = store.unfinishedImportsRemoved();
        }

        assertThat(bySalesperson).isEmpty();
        assertThat(afterSalesperson).containsExactly(1, 2);
        assertThat(byOwner).containsExactly(new UnfinishedImport("dead.xlsx", STARTED, 2));
        assertThat(batchesAndLines()).containsExactly(0, 0);
        importing.close();
    }

    @Test
    void anImportALiveSessionIsWritingIsLeftAloneAndCompletes() throws SQLException {
        try (Database importing = Database.openServer(owner)) {
            ImportWriter writer = new SalesStore(importing).importWriter();
            long batch = writer.startBatch("running.xlsx", 1, "0".repeat(64), "sales", STARTED);
            writer.insertLines(batch, List.of(SampleLines.line(1, "A1", "2024-03-01", "100"),
                    SampleLines.line(2, "A1", "2024-03-02", "200")));

            List<UnfinishedImport> removed;
            try (Database other = Database.openServer(owner)) {
                removed = other.unfinishedImportsRemoved();
            }
            assertThat(removed).isEmpty();
            assertThat(batchesAndLines()).containsExactly(1, 2);

            writer.complete(batch, new ImportWriter.Completion(2, 2, 0, 0, 0, List.of(), List.of(), Map.of(),
                    STARTED, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), List.of()));
            assertThat(importing.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count))
                    .isEqualTo(2);
        }
        // The lock went with the completed import: nothing is held, nothing is removed.
        try (Database store = Database.openServer(owner)) {
            assertThat(store.unfinishedImportsRemoved()).isEmpty();
        }
        assertThat(advisoryLocksHeld()).isZero();
        assertThat(batchesAndLines()).containsExactly(1, 2);
    }

    /** Ends the server session that holds the import's advisory lock, as a killed process or an admin would. */
    private long endSessionHoldingTheLockOf(long batch) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement end = connection.prepareStatement("""
                     SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks
                     WHERE locktype = 'advisory' AND granted
                       AND CAST(classid AS BIGINT) = ? AND CAST(objid AS BIGINT) = ?""")) {
            end.setLong(1, ImportLockRepository.LOCK_CLASS);
            end.setLong(2, batch);
            try (ResultSet rows = end.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long advisoryLocksHeld() throws SQLException {
        return count("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND CAST(classid AS BIGINT) = "
                + ImportLockRepository.LOCK_CLASS);
    }

    /** Import records (complete or not) and sales lines, as the tables' owner sees them. */
    private long[] batchesAndLines() throws SQLException {
        return new long[] {count("SELECT COUNT(*) FROM import_batch"), count("SELECT COUNT(*) FROM sales_line")};
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(owner.url(), owner.user(), new String(owner.password()));
    }
}
