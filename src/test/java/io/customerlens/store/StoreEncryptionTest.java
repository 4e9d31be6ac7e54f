package io.customerlens.store;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.StorePassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting, opening, changing and removing a store's password on real H2 files (docs/decisions/0015). */
class StoreEncryptionTest {

    private static final String CUSTOMER = "Zhangjiang Pharmacy";
    /** The imported file's name: kept in the store as written, so it shows whether the file is readable. */
    private static final String FILE = "zhangjiang-pharmacy-sales-2024.xlsx";
    private static final StorePassword FIRST = StorePassword.of("spring rain 春雨");
    private static final StorePassword SECOND = StorePassword.of("autumn-wind");

    @TempDir
    Path folder;

    @Test
    void settingAPasswordEncryptsTheFileAndKeepsEveryLine() throws IOException {
        storeTwoLines(StorePassword.NONE);
        assertThat(fileText()).contains(FILE);

        StoreEncryption.change(folder, StorePassword.NONE, FIRST);

        assertThat(Database.isEncrypted(folder)).isTrue();
        assertThat(fileText()).doesNotContain(FILE).startsWith("H2encrypt");
        try (Database database = Database.open(folder, FIRST)) {
            assertThat(database.isEncrypted()).isTrue();
            assertThat(lines(database)).isEqualTo(2);
        }
        assertThat(folder.resolve("customerlens-next.mv.db")).doesNotExist();
        assertThat(folder.resolve("customerlens-password.sql.z")).doesNotExist();
    }

    @Test
    void anEncryptedStoreDoesNotOpenWithoutItsPassword() {
        storeTwoLines(FIRST);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StorePasswordException.class, refused ->
                        assertThat(refused.problem()).isEqualTo(StorePasswordException.Problem.MISSING));
        assertThatThrownBy(() -> Database.open(folder, SECOND))
                .isInstanceOfSatisfying(StorePasswordException.class, refused ->
                        assertThat(refused.problem()).isEqualTo(StorePasswordException.Problem.WRONG))
                // H2's own text ends in its error code, "[90049-252]"; the temporary folder's name may hold "900".
                .hasMessageNotContaining("[900");
        try (Database database = Database.open(folder, FIRST)) {
            assertThat(lines(database)).isEqualTo(2);
        }
    }

    @Test
    void aNewStoreOpenedWithAPasswordIsCreatedEncrypted() {
        try (Database database = Database.open(folder, FIRST)) {
            assertThat(database.isEncrypted()).isTrue();
        }
        assertThat(Database.isEncrypted(folder)).isTrue();
    }

    @Test
    void changingThePasswordRetiresTheOldOne() {
        storeTwoLines(FIRST);

        StoreEncryption.change(folder, FIRST, SECOND);

        assertThatThrownBy(() -> Database.open(folder, FIRST)).isInstanceOf(StorePasswordException.class);
        try (Database database = Database.open(folder, SECOND)) {
            assertThat(lines(database)).isEqualTo(2);
        }
    }

    @Test
    void removingThePasswordLeavesAPlainStore() throws IOException {
        storeTwoLines(FIRST);

        StoreEncryption.change(folder, FIRST, StorePassword.NONE);

        assertThat(Database.isEncrypted(folder)).isFalse();
        assertThat(fileText()).contains(FILE);
        try (Database database = Database.open(folder)) {
            assertThat(database.isEncrypted()).isFalse();
            assertThat(lines(database)).isEqualTo(2);
        }
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws IOException {
        storeTwoLines(FIRST);
        byte[] before = Files.readAllBytes(Database.storeFile(folder));

        assertThatThrownBy(() -> StoreEncryption.change(folder, SECOND, StorePassword.NONE))
                .isInstanceOfSatisfying(StorePasswordException.class, refused ->
                        assertThat(refused.problem()).isEqualTo(StorePasswordException.Problem.WRONG));

        assertThat(Files.readAllBytes(Database.storeFile(folder))).isEqualTo(before);
        try (Database database = Database.open(folder, FIRST)) {
            assertThat(lines(database)).isEqualTo(2);
        }
    }

    @Test
    void aChangeKilledBeforeTheSwapLeavesTheOldStoreAndNoPlainCopy() throws IOException {
        storeTwoLines(FIRST);
        // What a process killed between writing the new file and moving it leaves: the new file (here holding the
        // data unencrypted, as when the password was being removed) and the encrypted script.
        Files.writeString(folder.resolve("customerlens-next.mv.db"), "H:2 " + FILE);
        Files.writeString(folder.resolve("customerlens-password.sql.z"), "half written");

        try (Database database = Database.open(folder, FIRST)) {
            assertThat(lines(database)).isEqualTo(2);
        }
        assertThat(folder.resolve("customerlens-next.mv.db")).doesNotExist();
        assertThat(folder.resolve("customerlens-password.sql.z")).doesNotExist();
    }

    @Test
    void aReadOnlyCopyOfAnEncryptedStoreNeedsThePassword() {
        storeTwoLines(FIRST);

        assertThatThrownBy(() -> Database.openReadOnlyCopy(folder, SECOND))
                .isInstanceOfSatisfying(StorePasswordException.class, refused ->
                        assertThat(refused.folder()).isEqualTo(folder.toAbsolutePath()));
        try (Database copy = Database.openReadOnlyCopy(folder, FIRST)) {
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(lines(copy)).isEqualTo(2);
        }
    }

    @Test
    void aStoreLeftOpenByAKilledProcessIsRebuiltWithItsPassword() throws IOException {
        storeTwoLines(FIRST);
        // The mark of a process that no longer runs: the next open rebuilds the store from its rows.
        Files.writeString(folder.resolve(OpenMark.FILE_NAME), Long.toString(Long.MAX_VALUE));

        try (Database database = Database.open(folder, FIRST)) {
            assertThat(lines(database)).isEqualTo(2);
        }
        assertThat(Database.isEncrypted(folder)).as("still encrypted after the rebuild").isTrue();
        assertThat(folder.resolve("customerlens-rebuild.sql.gz")).doesNotExist();
    }

    private void storeTwoLines(StorePassword password) {
        try (Database database = Database.open(folder, password)) {
            long batch = database.jdbi().withExtension(ImportBatchRepository.class, batches ->
                    batches.insert(FILE, 10, "0".repeat(64), "a", Instant.EPOCH));
            CustomerInfo customer = new CustomerInfo(null, CUSTOMER, null, null, null, null, null, null, null);
            database.jdbi().useExtension(SalesLineRepository.class, lines -> lines.insert(batch, List.of(
                    SampleLines.line(1, "C1", "2024-01-02", "5", "A1", customer),
                    SampleLines.line(2, "C1", "2024-02-02", "7", "A2", customer))));
            database.jdbi().useExtension(ImportBatchRepository.class, batches ->
                    batches.complete(batch, 2, 2, 0, 0, 0, null, null));
        }
    }

    private static long lines(Database database) {
        return database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count);
    }

    private String fileText() throws IOException {
        return new String(Files.readAllBytes(Database.storeFile(folder)), StandardCharsets.ISO_8859_1);
    }
}
