package io.customerlens.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFreshnessTest {

    @ParameterizedTest(name = "latest sale {0}, today {1}, stale after {2} days: {3} days old, stale {4}")
    @CsvSource({
            "2018-07-19, 2026-12-07, 45, 3063, true",
            "2024-06-30, 2024-06-30, 45,    0, false",
            "2024-06-30, 2024-08-14, 45,   45, false",
            "2024-06-30, 2024-08-15, 45,   46, true",
            "2024-02-28, 2024-04-13, 45,   45, false",
            "2023-02-28, 2023-04-14, 45,   45, false",
            "2024-06-30, 2024-08-06, 37,   37, false",
            "2024-06-30, 2024-08-07, 36,   38, true",
            "2024-06-30, 2024-07-01,  0,    1, true",
            "2024-07-10, 2024-07-01, 45,   -9, false",
    })
    void daysOldCountsCalendarDaysAndStaleMeansMoreThanTheSetting(LocalDate latestSale, LocalDate today,
                                                                   int staleAfterDays, long daysOld, boolean stale) {
        DataFreshness freshness = DataFreshness.of(latestSale, today, staleAfterDays);

        assertThat(freshness.daysOld()).isEqualTo(daysOld);
        assertThat(freshness.stale()).isEqualTo(stale);
        assertThat(freshness.latestSale()).isEqualTo(latestSale);
    }

    @Test
    void aNegativeSettingIsRefused() {
        assertThatThrownBy(() -> DataFreshness.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
