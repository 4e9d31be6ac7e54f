package io.customerlens.importer.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelSerialDatesTest {

    @ParameterizedTest(name = "1900 system: {0} -> {1}")
    @CsvSource({
            "1, 1900-01-01",
            "2, 1900-01-02",
            "31, 1900-01-31",
            "59, 1900-02-28",
            "61, 1900-03-01",
            "25569, 1970-01-01",
            "36526, 2000-01-01",
            "43831, 2020-01-01",
            "45356, 2024-03-05",
            "2958465, 9999-12-31",
    })
    void serialsOfThe1900SystemKeepExcelsLeapYearBug(long serial, LocalDate expected) {
        assertThat(ExcelSerialDates.toDate(serial, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "1904 system: {0} -> {1}")
    @CsvSource({
            "0, 1904-01-01",
            "1, 1904-01-02",
            "42369, 2020-01-01",
    })
    void serialsOfThe1904SystemCountFrom1904(long serial, LocalDate expected) {
        assertThat(ExcelSerialDates.toDate(serial, true)).isEqualTo(expected);
    }

    @Test
    void theFakeLeapDayAndSerialsBeforeDayOneAreNoDates() {
        assertThat(ExcelSerialDates.toDate(60, false)).isNull();
        assertThat(ExcelSerialDates.toDate(0, false)).isNull();
        assertThat(ExcelSerialDates.toDate(-1, true)).isNull();
        assertThat(ExcelSerialDates.toDate(2958466, false)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "43831, 43831",
            "43831.75, 43831",
            "43831.0, 43831",
            "-5, -1",
            "'', -1",
            "1e5, -1",
            "., -1",
            "12345678901, -1",
    })
    void wholeDaysOfSerialTextDropTheTimeOfDay(String text, long expected) {
        assertThat(ExcelSerialDates.wholeDays(text)).isEqualTo(expected);
    }
}
