package io.customerlens.service;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.report.TaskSheetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every failure reaches the user in their language; a fault of CustomerLens goes to the log with its details. */
class FailureTextsTest {

    private static final Path LOG = Path.of("/home/li/.customerlens/logs/customerlens.0.log");

    @TempDir
    Path folder;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FailureTexts.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final FailureTexts english = new FailureTexts(MessageBundle.forLocale(Locale.ENGLISH), Optional.of(LOG));
    private final FailureTexts chinese =
            new FailureTexts(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE), Optional.of(LOG));

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void aFaultIsLoggedWithItsDetailsAndTheUserReadsOnlyWhereTheyAre() {
        IllegalStateException fault = new IllegalStateException("Value too long for column \"CUSTOMER_KEY\" [22001-252]");

        String zh = chinese.describe(fault);

        assertThat(zh).isEqualTo("客户透镜内部出错，请报告此问题。详细信息在 " + LOG)
                .doesNotContain("CUSTOMER_KEY", "22001", "Exception");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(fault);
        });
    }

    @Test
    void withoutALogFileTheUserIsToldTheDetailsAreNotKept() {
        FailureTexts noLog = new FailureTexts(MessageBundle.forLocale(Locale.ENGLISH), Optional.empty());

        assertThat(noLog.describe(new NullPointerException()))
                .isEqualTo("Something went wrong inside CustomerLens; please report it. No log file could be written,"
                        + " so the details are not kept");
    }

    @Test
    void aRefusedFileIsSaidInChineseAndNothingIsLogged() throws IOException {
        Path empty = Files.createFile(folder.resolve("销售.csv"));

        assertThatThrownBy(() -> new SourceOpener().open(empty, Optional.empty()))
                .satisfies(refused -> assertThat(chinese.describe(refused)).isEqualTo("文件是空的"));
        assertThat(logged).isEmpty();
    }

    @Test
    void aBadTaskSheetCellIsNamedByFileRowColumnAndValue() {
        TaskSheetException bad = new TaskSheetException(folder.resolve("tasks.xlsx"), 3, "status", "maybe",
                TaskSheetException.Problem.UNKNOWN_VALUE);

        assertThat(chinese.describe(bad)).isEqualTo("tasks.xlsx，第 3 行，status 列：“maybe”不是该列可用的代码");
    }

    @Test
    void aMissingFileBehindAnUncheckedWrapperIsNamed() {
        UncheckedIOException wrapped = new UncheckedIOException(new NoSuchFileException("/data/sales.xlsx"));

        assertThat(english.describe(wrapped)).isEqualTo("file not found: /data/sales.xlsx");
        assertThat(logged).isEmpty();
    }

    @Test
    void theSystemsOwnWordsForARefusedFileGoToTheLogNotToTheUser() {
        FileSystemException readOnly = new FileSystemException("/mnt/usb/customers.csv", null, "Read-only file system");

        assertThat(english.describe(readOnly))
                .isEqualTo("the system refused to read or write /mnt/usb/customers.csv. The details are in " + LOG)
                .doesNotContain("Read-only file system");
        assertThat(logged).singleElement().satisfies(record -> assertThat(record.getThrown()).isSameAs(readOnly));
    }
}
