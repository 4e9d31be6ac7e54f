package io.customerlens.ui.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            zh_CN | 2026-12-15        | 2026-12-15
            zh_CN | 2026-1-5          | 2026-01-05
            zh_CN | 2026/12/15        | 2026-12-15
            zh_CN | 2026/1/5          | 2026-01-05
            zh_CN | 2026年12月15日     | 2026-12-15
            zh_CN | 2026年1月5日       | 2026-01-05
            zh_CN | ' 2026.12.15 '    | 2026-12-15
            en    | 2026-12-15        | 2026-12-15
            en    | 12/15/2026        | 2026-12-15
            en    | 1/5/2026          | 2026-01-05
            en    | 'Dec 15, 2026'    | 2026-12-15
            en    | 'dec 15, 2026'    | 2026-12-15
            en    | 'December 15, 2026' | 2026-12-15
            en    | 'Dec  15 2026'    | 2026-12-15
            """)
    void readsIsoAndTheLanguagesOwnWay(String language, String typed, LocalDate expected) {
        assertThat(DateTexts.parse(typed, Locale.forLanguageTag(language.replace('_', '-')))).contains(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no date")
    @CsvSource(delimiter = '|', textBlock = """
            zh_CN | 2026-02-30
            zh_CN | 2026-13-01
            zh_CN | 12/15/2026
            zh_CN | 15.12.2026
            zh_CN | 明天
            zh_CN | 2026年12月
            en    | 2026/12/15
            en    | 15/12/2026
            en    | 'Feb 30, 2026'
            en    | 2026-12-15x
            en    | tomorrow
            en    | ' '
            """)
    void refusesWhatNamesNoDate(String language, String typed) {
        assertThat(DateTexts.parse(typed, Locale.forLanguageTag(language.replace('_', '-')))).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"2026-12-15, 2026-12-15", "2026-01-05, 2026-01-05"})
    void showsIso(LocalDate date, String shown) {
        assertThat(DateTexts.format(date)).isEqualTo(shown);
        assertThat(DateTexts.format(null)).isEmpty();
    }
}
