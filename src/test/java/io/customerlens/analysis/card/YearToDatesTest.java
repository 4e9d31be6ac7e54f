package io.customerlens.analysis.card;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class YearToDatesTest {

    private final YearToDates yearToDates = new YearToDates();

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // as-of | lines | this year | last year | last year's span ends | change
            "2025-06-20 | 2025-01-01 P1 100; 2025-06-20 P1 50; 2024-06-20 P1 100; 2024-06-21 P1 999 | 150 | 100 | 2024-06-20 | 0.5",
            "2025-06-20 | 2025-02-01 P1 100; 2024-12-31 P1 70; 2025-06-21 P1 5 | 100 | 0 | 2024-06-20 | ''",
            "2025-06-20 | 2024-03-01 P1 100; 2024-03-02 P1 -100 | 0 | 0 | 2024-06-20 | ''",
            "2024-02-29 | 2024-02-29 P1 30; 2023-02-28 P1 60; 2023-03-01 P1 7 | 30 | 60 | 2023-02-28 | -0.5"})
    void thisYearAgainstTheSameSpanLastYear(LocalDate asOf, String lines, String thisYear, String lastYear,
                                            LocalDate lastTo, String change) {
        YearToDate ytd = yearToDates.of(CardLines.parse(lines), asOf);

        assertThat(ytd.thisFrom()).isEqualTo(LocalDate.of(asOf.getYear(), 1, 1));
        assertThat(ytd.lastFrom()).isEqualTo(LocalDate.of(asOf.getYear() - 1, 1, 1));
        assertThat(ytd.lastTo()).isEqualTo(lastTo);
        assertThat(ytd.thisYear()).isEqualByComparingTo(thisYear);
        assertThat(ytd.lastYear()).isEqualByComparingTo(lastYear);
        if (change.isEmpty()) {
            assertThat(ytd.change()).isEmpty();
        } else {
            assertThat(ytd.change()).hasValue(Double.parseDouble(change));
        }
    }
}
