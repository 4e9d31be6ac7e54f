package io.customerlens.importer.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarDatesTest {

    @ParameterizedTest(name = "{0}-{1}-{2} -> {3}")
    @CsvSource(nullValues = "NULL", value = {
            "2024, 3, 5, 2024-03-05",
            "2024, 2, 29, 2024-02-29",
            "2018, 2, 29, NULL",
            "1900, 2, 29, NULL",
            "2000, 2, 29, 2000-02-29",
            "2024, 13, 1, NULL",
            "2024, 0, 1, NULL",
            "2024, 4, 31, NULL",
            "2024, 4, 30, 2024-04-30",
            "2024, 1, 0, NULL",
            "1899, 12, 31, NULL",
            "2200, 1, 1, NULL",
    })
    void datesAreBuiltStrictly(int year, int month, int day, LocalDate expected) {
        assertThat(CalendarDates.of(year, month, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"19, 2019", "3, 2003", "0, 2000", "69, 2069", "70, 1970", "99, 1999"})
    void twoDigitYearsPivotAtSeventy(int twoDigits, int expected) {
        assertThat(CalendarDates.expandTwoDigitYear(twoDigits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {"20240305, 2024-03-05", "20180229, NULL", "20241301, NULL", "1234567, NULL"})
    void eightDigitNumbersAreYearMonthDay(long number, LocalDate expected) {
        assertThat(CalendarDates.fromEightDigits(number)).isEqualTo(expected);
    }
}
