package io.customerlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store whose process was killed during an import (kill 17 of a kill-test run, kept as a fixture: 5,000
 * lines of one complete import, the killed one not yet recorded). H2 2.5 reads it, but a write then a close
 * left it unreadable at the next open ("File corrupted in chunk 27"). The mark the killed process left behind
 * makes the next open rewrite the store first ({@link OpenMark}).
 */
class TornStoreTest {

    /** A process number no process has (above Linux's and Windows' limits). */
    private static final String DEAD_PROCESS = "9999999999";

    @TempDir
    Path folder;

    @Test
    void aStoreLeftOpenByAKilledProcessIsSoundAfterWritesAndReopening() throws IOException {
        try (InputStream torn = TornStoreTest.class.getResourceAsStream(
                "/fixtures/store/torn-by-kill/customerlens.mv.db")) {
            Files.copy(torn, folder.resolve("customerlens.mv.db"));
        }
        Files.writeString(folder.resolve(OpenMark.FILE_NAME), DEAD_PROCESS);
        Set<PosixFilePermission> userOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(folder.resolve("customerlens.mv.db"), userOnly);

        try (Database database = Database.open(folder)) {
            assertThat(Files.getPosixFilePermissions(folder.resolve("customerlens.mv.db")))
                    .as("the rebuilt file is as private as the one it replaced").isEqualTo(userOnly);
            database.jdbi().useExtension(ImportBatchRepository.class, batches -> batches.complete(
                    batches.insert("after.xlsx", 1, "a".repeat(64), "sales", Instant.EPOCH), 0, 0, 0, 0, 0, null, null));
        }
        assertThat(folder.resolve(OpenMark.FILE_NAME)).as("a clean close removes the mark").doesNotExist();

        try (Database reopened = Database.open(folder)) {
            long lines = reopened.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count);
            assertThat(lines).isEqualTo(5_000);
            long batches = reopened.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM import_batch").mapTo(Long.class).one());
            assertThat(batches).isEqualTo(2);
        }
    }

    /** Killed again while the store was being rebuilt: the original file is put back and rebuilt once more. */
    @Test
    void aRebuildCutShortIsStartedAgainFromTheOriginal() throws IOException {
        try (InputStream torn = TornStoreTest.class.getResourceAsStream(
                "/fixtures/store/torn-by-kill/customerlens.mv.db")) {
            Files.copy(torn, folder.resolve("customerlens.mv.db.before-rebuild"));
        }
        Files.write(folder.resolve("customerlens.mv.db"), new byte[]{1, 2, 3});
        Files.writeString(folder.resolve("customerlens-rebuild.sql.gz"), "half written");
        Files.writeString(folder.resolve(OpenMark.FILE_NAME), DEAD_PROCESS);

        try (Database database = Database.open(folder)) {
            long lines = database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count);
            assertThat(lines).isEqualTo(5_000);
        }
        assertThat(folder.resolve("customerlens.mv.db.before-rebuild")).doesNotExist();
        assertThat(folder.resolve("customerlens-rebuild.sql.gz")).doesNotExist();
    }

    @Test
    void anOpenStoreIsMarkedAndACleanCloseUnmarksIt() {
        try (Database database = Database.open(folder)) {
            assertThat(folder.resolve(OpenMark.FILE_NAME)).exists();
        }
        assertThat(folder.resolve(OpenMark.FILE_NAME)).doesNotExist();
    }
}
