package io.customerlens.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The log file: in the data folder, readable by the user only, rotated by size, a fault's details in it. */
class AppLogTest {

    @TempDir
    Path dataFolder;

    @AfterEach
    void closeTheLog() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.close();
        }
        LogManager.getLogManager().reset();
    }

    @Test
    void aFaultLoggedThroughSlf4jLandsWithItsStackTraceInThePrivateLogFolder() throws IOException {
        AppLog log = AppLog.start(dataFolder);
        LoggerFactory.getLogger("io.customerlens.Somewhere")
                .error("import of batch 7 failed", new IllegalStateException("x".repeat(5_000)));
        flush();

        Path file = log.logFile().orElseThrow();
        assertThat(file).isEqualTo(dataFolder.resolve("logs").resolve("customerlens.0.log"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("SEVERE io.customerlens.Somewhere: import of batch 7 failed",
                "java.lang.IllegalStateException: xxx", "\tat io.customerlens.app.AppLogTest.");
        assertThat(text).as("a library's message is cut, so a quoted value cannot fill the log")
                .doesNotContain("x".repeat(LogLineFormatter.MESSAGE_LIMIT + 1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataFolder)))
                .isEqualTo("rwx------");
    }

    @Test
    void theLogIsRotatedBySizeKeepingAFewGenerations() throws IOException {
        AppLog.start(dataFolder);
        org.slf4j.Logger logger = LoggerFactory.getLogger("io.customerlens.Busy");
        String line = "y".repeat(150);
        for (int i = 0; i < AppLog.LIMIT_BYTES * (AppLog.GENERATIONS + 1L) / 200; i++) {
            logger.warn(line);
        }
        flush();

        try (var files = Files.list(dataFolder.resolve("logs"))) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".log")))
                    .containsExactlyInAnyOrder("customerlens.0.log", "customerlens.1.log", "customerlens.2.log",
                            "customerlens.3.log", "customerlens.4.log");
        }
        assertThat(Files.size(dataFolder.resolve("logs").resolve("customerlens.1.log")))
                .isLessThanOrEqualTo(AppLog.LIMIT_BYTES + 1_000);
    }

    @Test
    void debugLogsCustomerLensOwnStepsOnlyWhenAskedFor() throws IOException {
        AppLog log = AppLog.start(dataFolder);
        LoggerFactory.getLogger("io.customerlens.service.ImportRun").debug("batch 1 started");
        log.debug();
        LoggerFactory.getLogger("io.customerlens.service.ImportRun").debug("batch 2 started");
        LoggerFactory.getLogger("org.flywaydb.Migrate").debug("library detail");
        flush();

        String text = Files.readString(log.logFile().orElseThrow());
        assertThat(text).contains("batch 2 started").doesNotContain("batch 1 started", "library detail");
    }

    private static void flush() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
    }
}
