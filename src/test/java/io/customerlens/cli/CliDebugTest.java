package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A fault prints one line naming the log file; its stack trace only with --debug, which also turns on debug logging. */
class CliDebugTest {

    private static final Path LOG = Path.of("/home/li/.customerlens/logs/customerlens.0.log");

    /** The log as the app wires it, recording whether --debug asked for more. */
    private static final class RecordingDiagnostics implements Diagnostics {
        boolean debugging;

        @Override
        public Optional<Path> logFile() {
            return Optional.of(LOG);
        }

        @Override
        public void debug() {
            debugging = true;
        }
    }

    private final RecordingDiagnostics diagnostics = new RecordingDiagnostics();
    /** A fault of CustomerLens as a library would word it. */
    private final StoreSessions faulty = new StoreSessions() {
        @Override
        public StoreSession open(Path dataFolder, io.customerlens.domain.StorePassword password) {
            throw new IllegalStateException("General error: \"java.lang.NullPointerException\" [50000-252]");
        }

        @Override
        public StoreSession openServer(ServerLogin login) {
            throw new IllegalStateException("General error: \"java.lang.NullPointerException\" [50000-252]");
        }
    };

    @Test
    void aFaultIsOneLineInChineseWithTheLogFileAndNoStackTrace() {
        Result result = run(Locale.SIMPLIFIED_CHINESE, "analyze", "--db", "/tmp/none", "--out", "/tmp/out");

        assertThat(result.exitCode).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(result.err).isEqualTo("customerlens analyze：客户透镜内部出错，请报告此问题。详细信息在 " + LOG + "\n");
        assertThat(diagnostics.debugging).isFalse();
    }

    @Test
    void withDebugAfterTheCommandTheStackTraceFollowsAndDebugLoggingIsOn() {
        Result result = run(Locale.ENGLISH, "analyze", "--db", "/tmp/none", "--out", "/tmp/out", "--debug");

        assertThat(result.exitCode).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(result.err).startsWith("customerlens analyze: Something went wrong inside CustomerLens; please report"
                        + " it. The details are in " + LOG + "\n")
                .contains("java.lang.IllegalStateException: General error", "\tat io.customerlens.cli.");
        assertThat(diagnostics.debugging).isTrue();
    }

    @Test
    void debugIsAlsoAcceptedBeforeTheCommand() {
        Result result = run(Locale.ENGLISH, "--debug", "analyze", "--db", "/tmp/none", "--out", "/tmp/out");

        assertThat(result.err).contains("java.lang.IllegalStateException");
        assertThat(diagnostics.debugging).isTrue();
    }

    @Test
    void debugIsListedInTheHelpOfEveryCommand() {
        Result result = run(Locale.ENGLISH, "import", "--help");

        assertThat(result.out).contains("--debug", "print its stack trace");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(faulty, () -> Path.of("/tmp/none"), () -> AnalysisSettings.DEFAULTS,
                MessageBundle.forLocale(locale), false, diagnostics);
        int exitCode = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
