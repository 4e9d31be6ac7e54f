package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.domain.ServerLogin;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against a team server (docs/decisions/0016): {@code --db jdbc:postgresql://…} with --db-user and
 * --password-file. The same files imported and analysed into H2 and into PostgreSQL give the same CSV files, byte
 * for byte.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class CliServerStoreTest {

    @TempDir
    Path temp;

    @Test
    void importAndAnalyzeWriteIdenticalCsvFilesOnH2AndOnPostgres(PostgresCluster cluster)
            throws IOException, URISyntaxException {
        cluster.createDatabase("cli_identical_csv");
        ServerLogin admin = cluster.admin("cli_identical_csv");
        Path password = temp.resolve("password");
        Files.writeString(password, new String(admin.password()) + "\n");
        CliRunner cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        List<String> files = List.of(fixture("/fixtures/cli/sales.csv"), fixture("/fixtures/contacts/contacts-2024-05.csv"),
                fixture("/fixtures/contacts/contacts-2024-06.csv"), fixture("/fixtures/followups/followups-history.csv"));
        String[] server = {"--db", admin.url(), "--db-user", admin.user(), "--password-file", password.toString()};
        String[] folder = {"--db", temp.resolve("h2").toString()};

        CliRunner.Result intoH2 = cli.run(join(List.of("import"), files, List.of(folder)));
        CliRunner.Result intoServer = cli.run(join(List.of("import"), files, List.of(server)));
        CliRunner.Result analyzedH2 = cli.run(join(List.of("analyze", "--out", temp.resolve("out-h2").toString()),
                List.of(folder)));
        CliRunner.Result analyzedServer = cli.run(join(List.of("analyze", "--out", temp.resolve("out-pg").toString()),
                List.of(server)));

        assertThat(List.of(intoH2.exitCode(), intoServer.exitCode(), analyzedH2.exitCode(), analyzedServer.exitCode()))
                .containsOnly(0);
        assertThat(intoServer.out()).isEqualTo(intoH2.out());
        List<String> written = csvFiles(temp.resolve("out-h2"));
        assertThat(written).contains("customers.csv", "gaps.csv", "movement.csv", "products_bcg.csv", "kpi_monthly.csv");
        assertThat(csvFiles(temp.resolve("out-pg"))).isEqualTo(written);
        for (String name : written) {
            assertThat(Files.readString(temp.resolve("out-pg").resolve(name)))
                    .as(name).isEqualTo(Files.readString(temp.resolve("out-h2").resolve(name)));
        }
    }

    @Test
    void aRefusedLoginNamesTheServerAndNotTheDriversWords(PostgresCluster cluster) throws IOException {
        cluster.createDatabase("cli_refused_login");
        Path wrong = Files.writeString(temp.resolve("wrong-password"), "not-the-password\n");
        CliRunner cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        String url = cluster.admin("cli_refused_login").url();

        CliRunner.Result result = cli.run("imports", "list", "--db", url, "--db-user", "postgres", "--password-file",
                wrong.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).isEqualTo("customerlens imports list: cannot open the team store at " + url
                + ": the server refused the login: check --db-user and the password file.\n");
    }

    @Test
    void aMissingDatabaseIsSaidWithWhatCreatesIt(PostgresCluster cluster) throws IOException {
        ServerLogin admin = cluster.admin("no_such_database");
        Path password = Files.writeString(temp.resolve("password"), new String(admin.password()) + "\n");
        CliRunner cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);

        CliRunner.Result result = cli.run("imports", "list", "--db", admin.url(), "--db-user", admin.user(),
                "--password-file", password.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).isEqualTo("customerlens imports list: cannot open the team store at " + admin.url()
                + ": the server has no such database: create it with customerlens team init.\n");
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted()
                    .toList();
        }
    }

    @SafeVarargs
    private static String[] join(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toArray(String[]::new);
    }

    private static String fixture(String resource) throws URISyntaxException {
        return Path.of(CliServerStoreTest.class.getResource(resource).toURI()).toString();
    }
}
