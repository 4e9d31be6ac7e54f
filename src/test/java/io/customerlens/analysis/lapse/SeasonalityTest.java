package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;

import java.time.Month;
import java.util.List;

import static io.customerlens.analysis.lapse.LapseFixtures.analyse;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.months;
import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/** Lapse episodes by the calendar month of their first empty month; peak and trough with ties. */
class SeasonalityTest {

    /*
     * As-of 2024-03-31.
     *   C1: 23-01 23-04 23-07 23-10 24-01 → gaps (2 each) start Feb, May, Aug, Nov 2023; open Feb–Mar 24 starts Feb
     *   C2: 23-02 23-05 23-08 23-11 24-02 → gaps start Mar, Jun, Sep, Dec; open Mar 24 is 1 month
     *   C3: 23-03 23-06 23-09 23-12 24-03 → gaps start Apr, Jul, Oct, Jan 24
     *   C4: 23-05 23-08                   → gap Jun–Jul starts Jun; open Sep 23–Mar 24 (7) starts Sep
     */
    private static List<CustomerLapse> customers(int n) {
        return analyse(List.of(
                months("C1", "2023-01", "2023-04", "2023-07", "2023-10", "2024-01"),
                months("C2", "2023-02", "2023-05", "2023-08", "2023-11", "2024-02"),
                months("C3", "2023-03", "2023-06", "2023-09", "2023-12", "2024-03"),
                months("C4", "2023-05", "2023-08")), day("2024-03-31"), n);
    }

    @Test
    void windowTwoCountsStartsAndNamesEveryTiedMonth() {
        // N = 2: every gap above is an episode (C2's 1-month open gap is not).
        // Feb 2 (C1 twice), Jun 2 (C2, C4), Sep 2 (C2, C4), every other month 1 → 15 episodes.
        Seasonality seasonality = Seasonality.of(customers(2));

        assertThat(seasonality.starts(FEBRUARY)).isEqualTo(2);
        assertThat(seasonality.starts(JUNE)).isEqualTo(2);
        assertThat(seasonality.starts(SEPTEMBER)).isEqualTo(2);
        assertThat(seasonality.starts(JANUARY)).isEqualTo(1);
        assertThat(seasonality.starts(DECEMBER)).isEqualTo(1);
        assertThat(seasonality.startsByMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(15);
        assertThat(seasonality.peak()).containsExactly(FEBRUARY, JUNE, SEPTEMBER);
        assertThat(seasonality.trough()).containsExactly(JANUARY, MARCH, APRIL, MAY, JULY, AUGUST, OCTOBER,
                NOVEMBER, DECEMBER);
    }

    @Test
    void windowThreeHasOneEpisodeAndZeroMonthsAreTheTrough() {
        // N = 3: only C4's open 7-month gap, starting Sep 2023
        Seasonality seasonality = Seasonality.of(customers(3));

        assertThat(seasonality.starts(SEPTEMBER)).isEqualTo(1);
        assertThat(seasonality.peak()).containsExactly(SEPTEMBER);
        assertThat(seasonality.trough()).hasSize(11).doesNotContain(SEPTEMBER);
    }

    @Test
    void noEpisodesNoPeakNoTrough() {
        // N = 12: the longest gap is 7 months
        Seasonality seasonality = Seasonality.of(customers(12));

        assertThat(seasonality.peak()).isEmpty();
        assertThat(seasonality.trough()).isEmpty();
        assertThat(seasonality.startsByMonth()).hasSize(12).allSatisfy((Month month, Long count) -> assertThat(count).isZero());
    }
}
