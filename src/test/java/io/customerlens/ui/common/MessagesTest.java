package io.customerlens.ui.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void chineseTextsForChinese() {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(messages.get("nav.customers")).isEqualTo("客户");
        assertThat(messages.get("ui.windowTitle")).contains("客户透镜").contains("CustomerLens");
    }

    @Test
    void otherLanguagesGetTheEnglishTextsNotTheMachinesDefault() {
        Messages messages = Messages.forLocale(Locale.GERMANY);

        assertThat(messages.get("nav.customers")).isEqualTo("Customers");
    }

    @Test
    void missingKeyIsShownNotHidden() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("nav.nowhere")).isEqualTo("!nav.nowhere!");
    }

    @Test
    void argumentsAreFilledIn() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        assertThat(messages.format("customers.count", messages.count(1234), messages.count(50000)))
                .isEqualTo("1,234 of 50,000 customers");
    }

    @Test
    void amountsHaveTwoDecimalsAndDatesAreIso() {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(messages.amount(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(messages.date(LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05");
    }

    @Test
    void amountsShowInFullUntilWanIsChosen() {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(messages.amount(new BigDecimal("123456.78"))).isEqualTo("123,456.78");
        assertThat(messages.risingRed()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is shown as {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            123456.78  | 12.35万
            123000     | 12.3万
            10000      | 1.0万
            -250000    | −25.0万
            123456789  | 12,345.68万
            9999.99    | 9,999.99
            0          | 0.00
            """)
    void chineseAmountsOfTenThousandAndMoreShowInWanWhenChosen(BigDecimal amount, String shown) {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE)
                .withFigures(new io.customerlens.settings.FigureStyle(true, false));

        assertThat(messages.amount(amount)).isEqualTo(shown);
    }

    @Test
    void englishKeepsFullAmountsAndRisingGreen() {
        Messages messages = Messages.forLocale(Locale.ENGLISH)
                .withFigures(new io.customerlens.settings.FigureStyle(true, true));

        assertThat(messages.amount(new BigDecimal("123456.78"))).isEqualTo("123,456.78");
        assertThat(messages.risingRed()).isFalse();
    }

    @Test
    void risingRedIsChosenForChinese() {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE)
                .withFigures(new io.customerlens.settings.FigureStyle(false, true));

        assertThat(messages.risingRed()).isTrue();
    }
}
