package io.customerlens.crash;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.app.Main;
import io.customerlens.cli.Cli;
import io.customerlens.domain.StorePassword;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.store.Database;
import io.customerlens.store.StorePasswordException;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change killed at any moment (SIGKILL) leaves a store that opens, with all its lines: with the old
 * password when the new file had not yet replaced the old one, with the new one after (docs/decisions/0015).
 * Slow (a change of a 20,000-line store takes seconds, each round starts a JVM), so run with the crash checks:
 * {@code ./mvnw test -Dtest=KilledPasswordChangeTest -Dcustomerlens.crash=true}.
 */
@EnabledIfSystemProperty(named = "customerlens.crash", matches = "true")
class KilledPasswordChangeTest {

    private static final String OLD = "old password 1";
    private static final String NEW = "new password 2";
    /** Kill moments after the child said it started: from the first step of the change to past its end, in ms. */
    private static final long[] KILL_AFTER = {0, 1_000, 3_000, 6_000, 9_000, 13_000, 60_000};

    @TempDir
    Path work;

    @Test
    void aKilledChangeLeavesTheOldOrTheNewStoreNeverABrokenOne() throws Exception {
        Path file = work.resolve("sales.xlsx");
        new DemoWorkbook(20_000, 5).writeTo(file, ProgressListener.NONE);
        Path store = work.resolve("store");
        Path passwordFile = Files.writeString(work.resolve("password.txt"), OLD + "\n");
        int imported = new Cli(Main.storeSessions(), () -> store, MessageBundle.forLocale(java.util.Locale.ROOT), false)
                .execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                        "import", file.toString(), "--db", store.toString(), "--password-file", passwordFile.toString());
        assertThat(imported).isZero();
        long lines = lines(store, StorePassword.of(OLD));

        List<String> outcomes = new ArrayList<>();
        int killedHalfWay = 0;
        for (long delay : KILL_AFTER) {
            Process child = start(store);
            awaitStarted(child);
            child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (Files.exists(store.resolve("customerlens-next.mv.db"))) {
                killedHalfWay++;
            }

            String opened = opensWith(store, lines);
            outcomes.add(delay + " ms: " + opened);
            if (opened.equals("new")) {
                // Back to the old password for the next round, by a change that runs to its end.
                io.customerlens.store.StoreEncryption.change(store, StorePassword.of(NEW), StorePassword.of(OLD));
            }
            assertThat(store.resolve("customerlens-next.mv.db")).as("removed at the open").doesNotExist();
        }
        assertThat(killedHalfWay).as("some kills landed while the new file was being written: " + outcomes)
                .isPositive();
    }

    private static void awaitStarted(Process child) throws IOException {
        java.io.BufferedReader output = child.inputReader();
        String line;
        while ((line = output.readLine()) != null && !line.equals("started")) {
            // the JVM's own lines before ours
        }
    }

    private Process start(Path store) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PasswordChangeChild.class.getName(),
                store.toString(), OLD, NEW).redirectErrorStream(true).start();
    }

    /** "old" or "new": the password that opens the store, which must hold every line. */
    private static String opensWith(Path store, long lines) {
        try {
            assertThat(lines(store, StorePassword.of(OLD))).isEqualTo(lines);
            return "old";
        } catch (StorePasswordException wrong) {
            assertThat(lines(store, StorePassword.of(NEW))).isEqualTo(lines);
            return "new";
        }
    }

    private static long lines(Path store, StorePassword password) {
        try (Database database = Database.open(store, password)) {
            return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM sales_line")
                    .mapTo(Long.class).one());
        }
    }
}
