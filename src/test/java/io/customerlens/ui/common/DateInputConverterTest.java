package io.customerlens.ui.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A date field keeps what the user typed when it names no date, instead of erasing it. */
class DateInputConverterTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 12, 1);
    private final DateInputConverter converter = new DateInputConverter(Locale.SIMPLIFIED_CHINESE, () -> BEFORE);

    @Test
    void theLanguagesOwnWayBecomesTheDateShownAsIso() {
        LocalDate date = converter.fromString("2026年12月15日");

        assertThat(date).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(converter.toString(date)).isEqualTo("2026-12-15");
    }

    @Test
    void textThatNamesNoDateKeepsTheDateAndStaysAsTyped() {
        LocalDate date = converter.fromString("2026-12-1x");

        assertThat(date).isEqualTo(BEFORE);
        assertThat(converter.toString(date)).isEqualTo("2026-12-1x");
        assertThat(converter.accepts("2026-12-1x")).isFalse();
    }

    @Test
    void aValidTextAfterwardsIsShownAgain() {
        converter.fromString("not a date");

        LocalDate date = converter.fromString("2026/12/15");

        assertThat(converter.toString(date)).isEqualTo("2026-12-15");
    }

    @Test
    void aDateSetFromElsewhereReplacesTheRefusedText() {
        converter.fromString("not a date");

        converter.forget();

        assertThat(converter.toString(LocalDate.of(2027, 1, 2))).isEqualTo("2027-01-02");
    }

    @Test
    void blankTextClearsTheDate() {
        assertThat(converter.fromString("  ")).isNull();
        assertThat(converter.accepts("")).isTrue();
        assertThat(converter.toString(null)).isEmpty();
    }
}
