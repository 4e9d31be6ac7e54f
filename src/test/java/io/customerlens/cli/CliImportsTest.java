package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code imports list|undo} over the store fixtures: sales-jan-feb.csv (9 rows read, 6 imported, 1 duplicate,
 * 1 rejected, sales 2024-01-05 to 2024-02-28), then sales-feb-mar.csv (6 read, 3 imported, 3 duplicate).
 */
class CliImportsTest {

    @TempDir
    Path temp;
    private Path db;
    private CliRunner cli;

    @BeforeEach
    void importBoth() throws URISyntaxException {
        db = temp.resolve("db");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        for (String name : List.of("sales-jan-feb.csv", "sales-feb-mar.csv")) {
            Path fixture = Path.of(getClass().getResource("/fixtures/store/" + name).toURI());
            assertThat(cli.run("import", fixture.toString(), "--db", db.toString()).exitCode()).isZero();
        }
    }

    @Test
    void listPrintsOneLinePerImportNewestFirstWithItsIdFirst() {
        CliRunner.Result result = cli.run("imports", "list", "--db", db.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  sales-feb-mar\\.csv  \\[.+]  "
                + "read 6, imported 3, duplicate 3, rejected 0  sales 2024-02-10 to 2024-03-20");
        assertThat(lines.get(1)).matches("\\d+  .*  sales-jan-feb\\.csv  \\[.+]  "
                + "read 9, imported 6, duplicate 1, rejected 1  sales 2024-01-05 to 2024-02-28");
        assertThat(idOf(lines.get(0))).isGreaterThan(idOf(lines.get(1)));
    }

    @Test
    void undoRemovesThatImportsLinesAndItLeavesTheList() {
        long older = idOf(cli.run("imports", "list", "--db", db.toString()).out().lines().toList().get(1));

        CliRunner.Result undo = cli.run("imports", "undo", Long.toString(older), "--db", db.toString());
        CliRunner.Result list = cli.run("imports", "list", "--db", db.toString());
        CliRunner.Result again = cli.run("imports", "undo", Long.toString(older), "--db", db.toString());

        assertThat(undo.exitCode()).isZero();
        assertThat(undo.out()).isEqualTo("Undid import " + older
                + " (sales-jan-feb.csv): removed 6 sales lines. Follow-up tasks are kept.\n");
        assertThat(list.out().lines()).singleElement().asString().contains("sales-feb-mar.csv");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).isEqualTo("customerlens imports undo: no import with id " + older
                + " in the store (see imports list)\n");
    }

    @Test
    void anUnknownIdIsAUsageErrorInTheUsersLanguage() {
        CliRunner chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE);

        CliRunner.Result result = chinese.run("imports", "undo", "999", "--db", db.toString());
        CliRunner.Result notANumber = cli.run("imports", "undo", "abc", "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens imports undo：数据库中没有编号为 999 的导入（见 imports list）\n");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("imports", "list", "--db", db.toString()).out().lines()).hasSize(2);
    }

    @Test
    void anEmptyStoreSaysSo() {
        CliRunner.Result result = cli.run("imports", "list", "--db", temp.resolve("empty").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No imports in this store yet.\n");
    }

    private static long idOf(String line) {
        return Long.parseLong(line.substring(0, line.indexOf(' ')));
    }
}
