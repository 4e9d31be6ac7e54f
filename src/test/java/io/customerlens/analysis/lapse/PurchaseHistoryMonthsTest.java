package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The months with a purchase: distinct, ascending, whatever order and repeats the days come in. */
class PurchaseHistoryMonthsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-01-05                                  | 2024-01",
            "2024-01-05 2024-01-31 2024-02-01            | 2024-01 2024-02",
            "2024-03-02 2023-12-31 2024-03-02 2024-01-01 | 2023-12 2024-01 2024-03",
            "2024-02-29 2024-02-01 2024-02-15            | 2024-02",
            "2023-11-30 2024-11-01                       | 2023-11 2024-11",
    })
    void purchaseMonthsAreTheDistinctMonthsOfTheDaysAscending(String days, String months) {
        var history = new PurchaseHistory("c1", Arrays.stream(days.strip().split("\\s+")).map(LocalDate::parse)
                .toList(), Map.of());
        int[] expected = Arrays.stream(months.strip().split("\\s+")).map(YearMonth::parse)
                .mapToInt(MonthIndex::of).toArray();

        assertThat(history.purchaseMonths()).containsExactly(expected);
        assertThat(history.firstMonth()).isEqualTo(expected[0]);
        assertThat(history.lastMonth()).isEqualTo(expected[expected.length - 1]);
        for (int month : expected) {
            assertThat(history.boughtIn(month)).isTrue();
        }
        assertThat(history.boughtIn(expected[0] - 1)).isFalse();
    }
}
