package io.customerlens.app;

import io.customerlens.cli.Cli;
import io.customerlens.cli.Diagnostics;
import io.customerlens.cli.ExitCodes;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.FailureTexts;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.store.StoreInUseException;
import io.customerlens.store.StoreReadOnlyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second instance on a store another process holds open (docs/decisions/0009): the store is held by a real second
 * JVM ({@link StoreHolder}), since H2 lets two opens in one process share the file.
 */
class SecondInstanceTest {

    @TempDir
    Path work;

    private Path store;
    private int customers;
    private Process holder;

    @BeforeEach
    void importSalesAndHoldTheStoreInAnotherProcess() throws Exception {
        store = work.resolve("store");
        Path sales = Path.of(getClass().getResource("/fixtures/cli/sales.csv").toURI());
        assertThat(cli(Locale.ENGLISH, "import", sales.toString(), "--db", store.toString()).exitCode()).isZero();
        try (AppContext context = new AppContext(store)) {
            customers = context.customerService().overview(Optional.empty()).customers().size();
        }
        assertThat(customers).isPositive();

        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = said.readLine();
        while (line != null && !line.startsWith("held")) {
            line = said.readLine(); // the JVM's and the libraries' own lines first
        }
        assertThat(line).as("the holder opened the store").isNotNull();
    }

    @AfterEach
    void releaseTheStore() throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(60, TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }

    @Test
    void theCommandLineSaysInWordsThatTheDataIsOpenElsewhereAndExitsWith75() {
        Ran chinese = cli(Locale.SIMPLIFIED_CHINESE, "analyze", "--db", store.toString(), "--out", work.resolve("out").toString());
        Ran english = cli(Locale.ENGLISH, "analyze", "--db", store.toString(), "--out", work.resolve("out").toString());

        assertThat(chinese.exitCode()).isEqualTo(ExitCodes.STORE_IN_USE);
        assertThat(chinese.err()).startsWith("customerlens analyze：客户透镜已在另一个窗口打开这些数据（" + store + "）")
                .doesNotContain("locked", "90020", "mv.db", "Exception");
        assertThat(english.exitCode()).isEqualTo(ExitCodes.STORE_IN_USE);
        assertThat(english.err()).startsWith(
                "customerlens analyze: CustomerLens already has this data open in another window (" + store + ")");
    }

    @Test
    void theWindowsWayInFindsTheStoreInUse() {
        assertThatThrownBy(() -> new AppContext(store)).isInstanceOf(StoreInUseException.class);
    }

    @Test
    void aReadOnlyCopyShowsTheDataAndRefusesEveryWrite() {
        try (AppContext copy = AppContext.readOnlyCopy(store, io.customerlens.domain.StorePassword.NONE)) {
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(copy.customerService().overview(Optional.empty()).customers()).hasSize(customers);

            ManualTask call = new ManualTask("C001", FollowUpChannel.values()[0], LocalDate.of(2024, 5, 1), 1, "");
            assertThatThrownBy(() -> copy.followUpService().createManual(call))
                    .isInstanceOf(StoreReadOnlyException.class)
                    .satisfies(refused -> assertThat(new FailureTexts(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE),
                            Optional.empty()).describe(refused))
                            .isEqualTo("此窗口为只读（另一个窗口已打开这些数据），不能在这里修改。请在另一个窗口中操作。"));
            assertThatThrownBy(() -> copy.followUpService().cancel(List.of()))
                    .isInstanceOf(StoreReadOnlyException.class);
        }
    }

    private record Ran(int exitCode, String err) {
    }

    private Ran cli(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new Cli(Main.storeSessions(), () -> store, () -> AnalysisSettings.DEFAULTS,
                MessageBundle.forLocale(locale), false, Diagnostics.NONE)
                .execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Ran(exitCode, err.toString());
    }
}
