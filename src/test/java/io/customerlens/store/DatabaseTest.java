package io.customerlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migrationsCreateEveryTableInAFreshFolder() {
        try (Database database = Database.open(folder.resolve("new/data"))) {
            List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
                            "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                                    + " ORDER BY 1")
                    .mapTo(String.class).list());
            assertThat(tables).contains("column_mapping", "customer", "import_batch", "product", "sales_line");
        }
        assertThat(Files.exists(folder.resolve("new/data/customerlens.mv.db"))).isTrue();
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNoMigrationTwice() {
        int appliedFirst;
        try (Database database = Database.open(folder)) {
            appliedFirst = appliedMigrations(database);
            long batch = database.jdbi().withExtension(ImportBatchRepository.class, batches ->
                    batches.insert("a.csv", 10, "0".repeat(64), "a", java.time.Instant.EPOCH));
            database.jdbi().useExtension(SalesLineRepository.class, lines ->
                    lines.insert(batch, List.of(SampleLines.line(1, "C1", "2024-01-02", "5"))));
            database.jdbi().useExtension(ImportBatchRepository.class, batches -> batches.complete(batch, 1, 1, 0, 0, 0, null, null));
        }
        try (Database database = Database.open(folder)) {
            assertThat(database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count))
                    .isEqualTo(1);
            assertThat(appliedMigrations(database)).isEqualTo(appliedFirst);
        }
        assertThat(appliedFirst).isGreaterThanOrEqualTo(2);
    }

    /** SQL migrations Flyway has recorded: V1 (sales) and V2 (follow-ups) at least. */
    private static int appliedMigrations(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'").mapTo(Integer.class).one());
    }

    @Test
    void closingReleasesTheFileSoTheFolderCanBeOpenedAgain() {
        Database first = Database.open(folder);
        first.close();
        try (Database second = Database.open(folder)) {
            assertThat(second.folder()).isEqualTo(folder.toAbsolutePath());
        }
    }
}
