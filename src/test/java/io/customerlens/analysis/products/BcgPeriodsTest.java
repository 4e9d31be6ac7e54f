package io.customerlens.analysis.products;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BcgPeriodsTest {

    /*
     * A period fits when the first month of data is no later than the first month of its previous half:
     * 12 vs 12 needs mi(A) − 23, the year to date 1 January of the year before, 6 vs 6 mi(A) − 11, 3 vs 3 mi(A) − 5.
     */
    @ParameterizedTest(name = "data {0} … {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # first      | as-of      | months | fitting                                                | longest
            2024-11-01   | 2026-10-31 | 24     | LAST_12_MONTHS YEAR_TO_DATE LAST_6_MONTHS LAST_3_MONTHS | LAST_12_MONTHS
            2024-11-30   | 2026-10-01 | 24     | LAST_12_MONTHS YEAR_TO_DATE LAST_6_MONTHS LAST_3_MONTHS | LAST_12_MONTHS
            2024-12-15   | 2026-10-31 | 23     | YEAR_TO_DATE LAST_6_MONTHS LAST_3_MONTHS                | LAST_6_MONTHS
            2024-01-01   | 2024-12-31 | 12     | LAST_6_MONTHS LAST_3_MONTHS                             | LAST_6_MONTHS
            2024-06-01   | 2024-12-30 | 7      | LAST_3_MONTHS                                           | LAST_3_MONTHS
            2024-06-10   | 2024-11-20 | 6      | LAST_3_MONTHS                                           | LAST_3_MONTHS
            2024-07-01   | 2024-11-30 | 5      | ''                                                      | ''
            2024-11-30   | 2024-11-30 | 1      | ''                                                      | ''
            """)
    void offersThePeriodsTheHistoryFillsAndDefaultsToTheLongest(LocalDate first, LocalDate asOf, int months,
                                                                 String fitting, String longest) {
        BcgPeriodChoice choice = BcgPeriods.choose(first, asOf);

        assertThat(choice.historyMonths()).isEqualTo(months);
        assertThat(choice.fitting()).isEqualTo(periods(fitting));
        assertThat(choice.longest()).isEqualTo(longest.isEmpty() ? null : ComparisonPeriod.valueOf(longest));
        assertThat(choice.anyFits()).isEqualTo(!longest.isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # wanted        | kept when the data is 2024-06-01 … 2024-12-30 (only 3 vs 3 fits)
            LAST_12_MONTHS  | LAST_3_MONTHS
            LAST_3_MONTHS   | LAST_3_MONTHS
            YEAR_TO_DATE    | LAST_3_MONTHS
            """)
    void aChoiceThatNoLongerFitsFallsBackToTheLongestThatDoes(ComparisonPeriod wanted, ComparisonPeriod kept) {
        assertThat(BcgPeriods.choose(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 30)).keepOr(wanted))
                .isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # period        | as-of      | current                 | previous
            LAST_6_MONTHS   | 2024-12-30 | 2024-07-01 … 2024-12-30 | 2024-01-01 … 2024-06-30
            LAST_3_MONTHS   | 2024-12-30 | 2024-10-01 … 2024-12-30 | 2024-07-01 … 2024-09-30
            LAST_3_MONTHS   | 2025-02-10 | 2024-12-01 … 2025-02-10 | 2024-09-01 … 2024-11-30
            """)
    void shorterRollingPeriodsCompareWithTheSameNumberOfMonthsJustBefore(ComparisonPeriod period, LocalDate asOf,
                                                                         String current, String previous) {
        PeriodPair spans = period.spans(asOf);

        assertThat(spans.current().from() + " … " + spans.current().to()).isEqualTo(current);
        assertThat(spans.previous().from() + " … " + spans.previous().to()).isEqualTo(previous);
    }

    private static List<ComparisonPeriod> periods(String names) {
        return names.isBlank() ? List.of()
                : Arrays.stream(names.trim().split("\\s+")).map(ComparisonPeriod::valueOf).toList();
    }
}
