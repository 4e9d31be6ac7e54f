package io.customerlens.analysis.lapse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StartOfDataTest {

    @ParameterizedTest(name = "data from {0}, as of {1}, N = {2}: start {3} … {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # first  | as-of   | N  | start   | end
            2024-06  | 2024-12 | 3  | 2024-06 | 2024-08
            2024-06  | 2024-12 | 1  | 2024-06 | 2024-06
            2024-11  | 2026-10 | 6  | 2024-11 | 2025-04
            2024-06  | 2024-07 | 3  | 2024-06 | 2024-07
            2024-12  | 2024-12 | 12 | 2024-12 | 2024-12
            """)
    void theFirstNMonthsOfDataAreItsStart(YearMonth first, YearMonth asOf, int window, YearMonth start,
                                          YearMonth end) {
        assertThat(StartOfData.of(Optional.of(first), asOf, window)).contains(new StartOfData(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # month  | in the start of 2024-06 … 2024-08
            2024-05  | false
            2024-06  | true
            2024-08  | true
            2024-09  | false
            """)
    void aMonthIsInTheStartFromItsFirstToItsLastMonth(YearMonth month, boolean inside) {
        assertThat(new StartOfData(YearMonth.of(2024, 6), YearMonth.of(2024, 8)).contains(month)).isEqualTo(inside);
    }

    @org.junit.jupiter.api.Test
    void noDataHasNoStart() {
        assertThat(StartOfData.of(Optional.empty(), YearMonth.of(2024, 12), 3)).isEmpty();
    }
}
