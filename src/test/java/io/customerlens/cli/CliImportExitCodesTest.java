package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.store.Database;
import io.customerlens.store.ImportBatchRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's exit code says what happened: 0 every file imported (warnings allowed), 3 some imported and
 * some not (each named), 1 none; a file without any sales line is not imported and leaves no record.
 */
class CliImportExitCodesTest {

    @TempDir
    Path temp;
    private Path db;
    private Path good;
    private Path headerOnly;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws URISyntaxException, IOException {
        db = temp.resolve("db");
        good = Path.of(getClass().getResource("/fixtures/cli/sales.csv").toURI());
        headerOnly = Files.writeString(temp.resolve("empty.csv"), "单据日期,客户编码,客户名称,金额\n");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
    }

    @Test
    void everyFileImportedIsZero() {
        assertThat(cli.run("import", good.toString(), "--db", db.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aFileWithoutSalesLinesIsNotImportedAndLeavesNoRecord() {
        CliRunner.Result result = cli.run("import", headerOnly.toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("empty.csv").doesNotContain("\tat ");
        assertThat(batches()).isZero();
    }

    @Test
    void someFilesImportedAndSomeNotIsThree() {
        CliRunner.Result result = cli.run("import", good.toString(), headerOnly.toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out()).contains("  Imported: 7\n");
        assertThat(result.err()).hasLineCount(1).contains("empty.csv");
        assertThat(batches()).isEqualTo(1);
    }

    @Test
    void aFileWhoseLinesAreAllStoredAlreadyIsImportedWithNothingNew() {
        cli.run("import", good.toString(), "--db", db.toString());

        CliRunner.Result again = cli.run("import", good.toString(), "--db", db.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("  Imported: 0\n");
    }

    @Test
    void failingToSaveTheRejectedLinesIsAWarningAfterTheImport() throws IOException {
        Path notAFile = Files.createDirectories(temp.resolve("a-folder.xlsx"));

        CliRunner.Result result = cli.run("import", good.toString(), "--db", db.toString(),
                "--save-rejected", notAFile.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("  Imported: 7\n");
        assertThat(result.err()).hasLineCount(1).contains("the import is done", notAFile.toString())
                .doesNotContain("\tat ");
        assertThat(batches()).isEqualTo(1);
    }

    private long batches() {
        try (Database database = Database.open(db)) {
            return database.jdbi().withExtension(ImportBatchRepository.class, ImportBatchRepository::count);
        }
    }
}
