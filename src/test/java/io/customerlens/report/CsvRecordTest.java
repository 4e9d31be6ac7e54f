package io.customerlens.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text cells that a spreadsheet would run get a leading quote (OWASP CSV injection); numbers stay numbers. */
class CsvRecordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"=cmd|' /c calc'!a0\"  | \"'=cmd|' /c calc'!a0\"",
            "=1+1                    | '=1+1",
            "+86 138 0000 0000       | '+86 138 0000 0000",
            "-12.5                   | '-12.5",
            "@SUM(A1:A9)             | '@SUM(A1:A9)",
            "好又多超市                | 好又多超市",
            "KH001                   | KH001",
            "a=b                     | a=b",
            "'quoted                 | 'quoted",
    })
    void textThatASpreadsheetWouldRunGetsALeadingQuote(String text, String written) {
        assertThat(new CsvRecord().text(text).cells()).containsExactly(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(new CsvRecord().text("\t=1+1").text("\r=1+1").text("").text(null).cells())
                .containsExactly("'\t=1+1", "'\r=1+1", "", "");
    }

    @Test
    void numbersAreWrittenAsTheyAreEvenWhenNegative() {
        assertThat(new CsvRecord().number("-12.50").number(-3L).number(-7).number(new BigDecimal("-1E+3"))
                .number((String) null).number("").cells())
                .containsExactly("-12.50", "-3", "-7", "-1000", "", "");
    }

    @Test
    void textCannotPassAsANumber() {
        assertThatThrownBy(() -> new CsvRecord().number("=1+1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvRecord().number("-1+cmd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvRecord().number("1,234.50")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesMonthsAndFlags() {
        assertThat(new CsvRecord().date(LocalDate.of(2025, 6, 20)).date(null).month(YearMonth.of(2025, 1))
                .flag(true).flag(null).cells())
                .containsExactly("2025-06-20", "", "2025-01", "true", "");
    }
}
