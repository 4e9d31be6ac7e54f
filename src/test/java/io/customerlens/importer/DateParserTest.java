package io.customerlens.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.customerlens.importer.TestRows.cell;
import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private final DateParser monthFirst = new DateParser(DateOrder.MDY, false);
    private final DateParser dayFirst = new DateParser(DateOrder.DMY, false);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "d:45356            | 2024-03-05",
            "d:45356.604166667  | 2024-03-05",
            "d:59               | 1900-02-28",
            "d:61               | 1900-03-01",
            "n:45356            | 2024-03-05",
            "n:20240305         | 2024-03-05",
            "n:20240305.0       | 2024-03-05",
            "2024-03-05         | 2024-03-05",
            "2024/3/5           | 2024-03-05",
            "2024.3.5           | 2024-03-05",
            "20240305           | 2024-03-05",
            "45356              | 2024-03-05",
            "2024年3月5日        | 2024-03-05",
            "2024年03月05日 14:30 | 2024-03-05",
            "2018-01-01 星期五   | 2018-01-01",
            "2018-01-01(星期一)  | 2018-01-01",
            "2018/1/1 周一       | 2018-01-01",
            "2024-03-05 14:30:00 | 2024-03-05",
            "2024-03-05 下午 2:30 | 2024-03-05",
            "2024-03-05T14:30:00 | 2024-03-05",
            "2024-03-05T14:30:00.123Z | 2024-03-05",
            "2024-03-05T14:30:00+08:00 | 2024-03-05",
            "2024-03-05 Tue     | 2024-03-05",
            "２０２４－０３－０５  | 2024-03-05",
            "' 2024-03-05 '     | 2024-03-05",
            "2/24/2003 0:00     | 2003-02-24",
            "05/07/2003 00:00   | 2003-05-07",
            "03/01/19           | 2019-03-01",
            "12/31/2019 11:59 PM | 2019-12-31",
            "1-2-2020           | 2020-01-02",
    })
    void readsDatesMonthFirst(String spec, LocalDate expected) {
        assertThat(monthFirst.parse(cell(spec))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "03/01/19           | 2019-01-03",
            "25/01/19           | 2019-01-25",
            "05/07/2003 00:00   | 2003-07-05",
            "31.12.2019         | 2019-12-31",
            "2024-03-05         | 2024-03-05",
    })
    void readsDatesDayFirst(String spec, LocalDate expected) {
        assertThat(dayFirst.parse(cell(spec))).isEqualTo(expected);
    }

    @Test
    void yearFirstOrderReadsShortDatesAsTwoDigitYearMonthDay() {
        DateParser yearFirst = new DateParser(DateOrder.YMD, false);
        assertThat(yearFirst.parse(cell("19/03/01"))).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(yearFirst.parse(cell("2/24/2003"))).isEqualTo(LocalDate.of(2003, 2, 24));
    }

    @Test
    void the1904SystemShiftsSerialsByFourYearsAndADay() {
        DateParser mac = new DateParser(DateOrder.MDY, true);
        assertThat(mac.parse(cell("d:43894"))).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(mac.parse(cell("d:0"))).isEqualTo(LocalDate.of(1904, 1, 1));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2018-02-29", "2024-13-01", "2024-04-31", "2024/0/5", "20180229", "n:20241301",
            "2018年2月29日", "13/25/2019", "02/30/2019", "d:60", "d:0", "n:123", "n:19000", "n:80001", "n:-5",
            "yesterday", "2024-03", "2024-03-05x", "2024-03-05 25", "05/07/203", "1/2/3/4", "n:45356.5x",
            "0005-03-05", "true"})
    void rejectsWhatIsNoRealDay(String spec) {
        assertThat(monthFirst.parse(cell(spec))).isNull();
    }

    @Test
    void dayFirstRejectsAnImpossibleDayInsteadOfShiftingIt() {
        assertThat(dayFirst.parse(cell("31/04/2024"))).isNull();
        assertThat(dayFirst.parse(cell("29/02/2018"))).isNull();
    }
}
