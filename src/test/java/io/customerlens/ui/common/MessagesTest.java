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
}
