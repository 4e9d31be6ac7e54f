package io.customerlens.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleChoiceTest {

    @ParameterizedTest
    @CsvSource({
            "SYSTEM, en-US, en-US",
            "SYSTEM, de-DE, de-DE",
            "SYSTEM, zh-CN, zh-CN",
            "SYSTEM, zh-TW, zh-CN",
            "SYSTEM, zh, zh-CN",
            "ZH_CN, en-US, zh-CN",
            "EN, zh-CN, en"
    })
    void choiceDecidesTheLocaleOfTheTexts(LocaleChoice choice, String system, String expected) {
        assertThat(choice.resolve(Locale.forLanguageTag(system))).isEqualTo(Locale.forLanguageTag(expected));
    }
}
