package io.customerlens.ui.common;

import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.api.Test;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReportTest {

    private static final Path LOG = Path.of("/home/li/.customerlens/logs/customerlens.0.log");

    @Test
    void aDriversMessageNeverReachesTheUserWhoReadsWhereTheDetailsAre() {
        IllegalStateException failure = new IllegalStateException(
                "Database may be already in use: \"customerlens.mv.db\"\n-----\nSQL State : 90020\nError Code : 90020");
        Messages chinese = new Messages(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE), Optional.of(LOG));

        assertThat(FailureReport.describe(chinese, failure))
                .isEqualTo("客户透镜内部出错，请报告此问题。详细信息在 " + LOG);
    }

    @Test
    void aFileTheUserCanFixIsNamed() {
        Messages english = new Messages(MessageBundle.forLocale(Locale.ENGLISH), Optional.of(LOG));

        assertThat(FailureReport.describeAbout(english, "sales.xlsx", new NoSuchFileException("/tmp/sales.xlsx")))
                .isEqualTo("file not found: /tmp/sales.xlsx");
    }
}
