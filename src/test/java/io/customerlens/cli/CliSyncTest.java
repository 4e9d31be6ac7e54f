package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.domain.ServerLogin;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sync} from the command line against a real server (docs/decisions/0019). followups-history.csv: 王强 serves
 * F001 and F002 (3 lines), 李娜 F003, F004 and F005.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class CliSyncTest {

    @TempDir
    Path temp;
    private ServerLogin admin;
    private CliRunner cli;
    private String wang;

    @BeforeEach
    void setUp(PostgresCluster cluster) throws IOException, URISyntaxException {
        String suffix = "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        admin = cluster.admin("cli_sync" + suffix);
        wang = "wang" + suffix;
        Files.writeString(temp.resolve("admin"), new String(admin.password()) + "\n");
        Files.writeString(temp.resolve("rep"), "rep-password\n");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        List<Integer> setUp = List.of(
                cli.run(server(admin.user(), "admin", "team", "init")).exitCode(),
                cli.run(server(admin.user(), "admin", "import", Path.of(getClass().getResource(
                        "/fixtures/followups/followups-history.csv").toURI()).toString())).exitCode(),
                cli.run(server(admin.user(), "admin", "team", "add-salesperson", wang, "--salesperson", "王强",
                        "--login-password-file", temp.resolve("rep").toString())).exitCode());
        assertThat(setUp).containsOnly(0);
    }

    @Test
    void aPulledCopyAnalysesAsTheServerDoesForTheLoginAndASecondPullChangesNothing() throws IOException {
        Path laptop = temp.resolve("laptop");

        CliRunner.Result first = cli.run(sync("--from", admin.url(), "--to", laptop.toString()));
        CliRunner.Result onLaptop = cli.run("analyze", "--db", laptop.toString(), "--out", temp.resolve("laptop-out")
                .toString());
        CliRunner.Result onServer = cli.run(server(wang, "rep", "analyze", "--out", temp.resolve("server-out")
                .toString()));
        CliRunner.Result second = cli.run(sync("--from", admin.url(), "--to", laptop.toString()));
        CliRunner.Result again = cli.run("analyze", "--db", laptop.toString(), "--out", temp.resolve("again-out")
                .toString());

        assertThat(List.of(first.exitCode(), onLaptop.exitCode(), onServer.exitCode(), second.exitCode(),
                again.exitCode())).containsOnly(0);
        assertThat(first.out()).startsWith("Copied " + admin.url() + " into " + laptop + ": ")
                .contains("2 customers");
        assertThat(second.out()).isEqualTo("The local store in " + laptop + " already matches " + admin.url()
                + ": nothing changed.\n");
        List<String> written = csvFiles(temp.resolve("server-out"));
        assertThat(written).contains("customers.csv");
        assertThat(csvFiles(temp.resolve("laptop-out"))).isEqualTo(written);
        for (String name : written) {
            String expected = Files.readString(temp.resolve("server-out").resolve(name));
            assertThat(Files.readString(temp.resolve("laptop-out").resolve(name))).as(name).isEqualTo(expected);
            assertThat(Files.readString(temp.resolve("again-out").resolve(name))).as(name).isEqualTo(expected);
        }
        assertThat(Files.readString(temp.resolve("laptop-out").resolve("customers.csv")))
                .contains("F001").contains("F002").doesNotContain("F003");
    }

    @Test
    void aTaskAddedOfflineIsPushedOnce() {
        Path laptop = temp.resolve("laptop");
        cli.run(sync("--from", admin.url(), "--to", laptop.toString()));
        CliRunner.Result added = cli.run("tasks", "add", "--customer", "F002", "--due", "2030-01-07", "--db",
                laptop.toString());

        CliRunner.Result first = cli.run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));
        CliRunner.Result second = cli.run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));
        CliRunner.Result onServer = cli.run(server(wang, "rep", "tasks", "export", "--out",
                temp.resolve("tasks.xlsx").toString()));

        assertThat(List.of(added.exitCode(), first.exitCode(), second.exitCode(), onServer.exitCode())).containsOnly(0);
        assertThat(first.out()).isEqualTo("Sent " + laptop + " to " + admin.url()
                + ": 1 new follow-up tasks, 0 outcomes and 0 contact edits.\n");
        assertThat(second.out()).isEqualTo("The server " + admin.url() + " already has every task and outcome of "
                + laptop + ": nothing sent.\n");
    }

    /** F002 goes to 李娜 after the pull: its offline task is named and kept, F001's is sent; in both languages. */
    @Test
    void aTaskForACustomerGivenToAnotherSalespersonIsNotSentAndSaysWhy() throws java.sql.SQLException {
        Path laptop = temp.resolve("laptop");
        cli.run(sync("--from", admin.url(), "--to", laptop.toString()));
        List<Integer> added = List.of(
                cli.run("tasks", "add", "--customer", "F002", "--due", "2030-01-07", "--db", laptop.toString())
                        .exitCode(),
                cli.run("tasks", "add", "--customer", "F001", "--due", "2030-01-08", "--db", laptop.toString())
                        .exitCode());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(admin.url(), admin.user(),
                new String(admin.password()));
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("UPDATE customer SET salesperson = '李娜' WHERE customer_key = 'F002'");
        }

        CliRunner.Result english = cli.run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));
        CliRunner.Result chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"),
                Locale.SIMPLIFIED_CHINESE).run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));

        assertThat(added).containsOnly(0);
        assertThat(List.of(english.exitCode(), chinese.exitCode())).containsOnly(0);
        assertThat(english.out()).isEqualTo("Customer F002: a follow-up task made on this laptop was not sent: the"
                + " server no longer shows this customer to your login (given to another salesperson since the last"
                + " copy, or removed). It stays on this laptop.\n"
                + "Sent " + laptop + " to " + admin.url()
                + ": 1 new follow-up tasks, 0 outcomes and 0 contact edits.\n");
        assertThat(chinese.out()).startsWith("客户 F002：本机新建的一个回访任务未发送：服务器上你的账号已看不到这个客户")
                .endsWith("没有发送任何内容。\n");
    }

    /** The server refuses the login's insert (a grant taken away): the sync says so, not an internal fault. */
    @Test
    void aPushTheServerRefusesForWantOfPermissionSaysSoAndChangesNothing() throws java.sql.SQLException {
        Path laptop = temp.resolve("laptop");
        cli.run(sync("--from", admin.url(), "--to", laptop.toString()));
        cli.run("tasks", "add", "--customer", "F001", "--due", "2030-01-08", "--db", laptop.toString());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(admin.url(), admin.user(),
                new String(admin.password()));
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("REVOKE INSERT ON follow_up_task FROM customerlens_salesperson");
        }

        CliRunner.Result english = cli.run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));
        CliRunner.Result chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"),
                Locale.SIMPLIFIED_CHINESE).run(sync("--push", "--from", laptop.toString(), "--to", admin.url()));

        assertThat(List.of(english.exitCode(), chinese.exitCode())).containsOnly(ExitCodes.FAILED);
        assertThat(english.err()).isEqualTo("customerlens sync: the sync between " + admin.url() + " and " + laptop
                + " stopped before it finished: the server refused a change your login has no permission for: ask"
                + " the team's manager. Neither side was changed.\n");
        assertThat(chinese.err()).contains("服务器拒绝了一项你的账号无权进行的修改").contains("两边都没有改动");
    }

    @Test
    void theWrongShapeIsRefusedWithTheRightOne() {
        CliRunner.Result result = cli.run(sync("--from", temp.resolve("laptop").toString(), "--to", admin.url()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("sync --from jdbc:postgresql://host:5432/DATABASE --to DIR");
    }

    @Test
    void helpShowsBothShapes() {
        CliRunner.Result help = cli.run("sync", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Works offline and back on a team server.").contains("--push")
                .contains("--from=FROM").contains("--to=TO").contains("--db-user=USER").contains("--password-file=FILE");
    }

    private String[] sync(String... options) {
        List<String> args = new ArrayList<>(List.of("sync"));
        args.addAll(List.of(options));
        args.addAll(List.of("--db-user", wang, "--password-file", temp.resolve("rep").toString()));
        return args.toArray(String[]::new);
    }

    private String[] server(String login, String passwordFile, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db", admin.url(), "--db-user", login, "--password-file",
                temp.resolve(passwordFile).toString()));
        return args.toArray(String[]::new);
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted()
                    .toList();
        }
    }
}
