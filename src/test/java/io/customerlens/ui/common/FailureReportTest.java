package io.customerlens.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReportTest {

    @Test
    void onlyTheFirstLineOfADriversMessageIsShown() {
        IllegalStateException failure = new IllegalStateException(
                "Database may be already in use: \"customerlens.mv.db\"\n-----\nSQL State : 90020\nError Code : 90020");

        assertThat(FailureReport.describe(failure)).isEqualTo("Database may be already in use: \"customerlens.mv.db\"");
    }

    @Test
    void failureWithoutAMessageIsNamedByItsKind() {
        assertThat(FailureReport.describe(new IOException())).isEqualTo("IOException");
    }

    @Test
    void theFileNameIsNotRepeatedWhenTheSentenceNamesItAlready() {
        IOException failure = new IOException("sales.xlsx: not a spreadsheet");

        assertThat(FailureReport.describeAbout("sales.xlsx", failure)).isEqualTo("not a spreadsheet");
        assertThat(FailureReport.describeAbout("other.xlsx", failure)).isEqualTo("sales.xlsx: not a spreadsheet");
    }
}
