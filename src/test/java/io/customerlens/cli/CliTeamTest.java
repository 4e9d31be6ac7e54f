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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code team init}, {@code team add-salesperson} and {@code team add-manager} on a real server, then what each
 * login's {@code analyze} writes. followups-history.csv: 王强 serves F001 and F002, 李娜 F003, F004 and F005.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class CliTeamTest {

    @TempDir
    Path temp;
    private ServerLogin admin;
    private CliRunner cli;
    private String suffix;

    @BeforeEach
    void setUp(PostgresCluster cluster) throws IOException {
        // Logins belong to the whole server: named apart from other tests' and runs'.
        suffix = "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        admin = cluster.admin("cli_team" + suffix);
        Files.writeString(temp.resolve("admin"), new String(admin.password()) + "\n");
        Files.writeString(temp.resolve("rep"), "rep-password\n");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
    }

    private String[] as(String login, String passwordFile, String... command) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of("--db", admin.url(), "--db-user", login, "--password-file",
                temp.resolve(passwordFile).toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void initCreatesTheDatabaseOnceAndSaysSoTheSecondTime() {
        CliRunner.Result first = cli.run(as(admin.user(), "admin", "team", "init"));
        CliRunner.Result second = cli.run(as(admin.user(), "admin", "team", "init"));

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Created the team store at " + admin.url()
                + ": tables, roles and row-level security are in place.\n");
        assertThat(second.out()).isEqualTo("The team store at " + admin.url() + " is up to date.\n");
    }

    @Test
    void aSalespersonsLoginAnalysesOnlyTheirCustomersAndTheManagersAll() throws IOException, URISyntaxException {
        String wang = "wang" + suffix;
        String boss = "boss" + suffix;
        cli.run(as(admin.user(), "admin", "team", "init"));
        CliRunner.Result imported = cli.run(as(admin.user(), "admin", "import",
                Path.of(getClass().getResource("/fixtures/followups/followups-history.csv").toURI()).toString()));
        CliRunner.Result addedRep = cli.run(as(admin.user(), "admin", "team", "add-salesperson", wang,
                "--salesperson", "王强", "--login-password-file", temp.resolve("rep").toString()));
        CliRunner.Result addedBoss = cli.run(as(admin.user(), "admin", "team", "add-manager", boss,
                "--login-password-file", temp.resolve("rep").toString()));

        CliRunner.Result repAnalysis = cli.run(as(wang, "rep", "analyze", "--out", temp.resolve("rep-out").toString()));
        CliRunner.Result bossAnalysis = cli.run(as(boss, "rep", "analyze", "--out", temp.resolve("boss-out").toString()));

        assertThat(List.of(imported.exitCode(), addedRep.exitCode(), addedBoss.exitCode(), repAnalysis.exitCode(),
                bossAnalysis.exitCode())).containsOnly(0);
        assertThat(addedRep.out()).isEqualTo("Login " + wang + " now sees the customers of salesperson 王强.\n");
        assertThat(customerKeys("rep-out")).containsExactly("F001", "F002");
        assertThat(customerKeys("boss-out")).containsExactly("F001", "F002", "F003", "F004", "F005");
    }

    @Test
    void teamRefusesADataFolder() {
        CliRunner.Result result = cli.run("team", "init", "--db", temp.resolve("folder").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("team works on a team server only");
    }

    private List<String> customerKeys(String out) throws IOException {
        List<String> rows = Files.readAllLines(temp.resolve(out).resolve("customers.csv"), StandardCharsets.UTF_8);
        return rows.subList(1, rows.size()).stream().map(row -> row.substring(0, row.indexOf(','))).toList();
    }
}
