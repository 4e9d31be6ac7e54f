package io.customerlens.analysis.risk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** RiskBacktest's lift and Brier score by hand, and a backtest where nothing can be learned. */
class RiskBacktestTest {

    private static final double EPS = 1e-12;

    @Test
    void liftOfTenCustomers() {
        // By score: 0.9 T, 0.8 F, 0.7 T, 0.6 F, 0.5 F, 0.4 T, 0.3 F, 0.2 F, 0.1 T, 0.05 F (given shuffled);
        // 4 lapsed. Each 10 % is one customer: found 1, 1, 2, 2, 2, 3, 3, 3, 4, 4 of 4.
        double[] scores = {0.3, 0.9, 0.05, 0.6, 0.7, 0.1, 0.5, 0.8, 0.4, 0.2};
        boolean[] events = {false, true, false, false, true, true, false, false, true, false};

        assertThat(RiskBacktest.lift(scores, events, 4))
                .containsExactly(0.25, 0.25, 0.5, 0.5, 0.5, 0.75, 0.75, 0.75, 1.0, 1.0);
    }

    @Test
    void liftOfFiveCustomersWithTies() {
        // Indices 0–4: 0.5 F, 0.9 T, 0.5 T, 0.1 F, 0.5 F; 2 lapsed. Highest first, ties in the given order:
        // 1 (T), 0 (F), 2 (T), 4 (F), 3 (F).
        // The first 10 %, 20 % … of 5 rounded: round(0.5) = 1, 1, round(1.5) = 2, 2, round(2.5) = 3, 3, 4, 4, 5, 5
        // → found 1, 1, 1, 1, 2, 2, 2, 2, 2, 2 of 2.
        double[] scores = {0.5, 0.9, 0.5, 0.1, 0.5};
        boolean[] events = {false, true, true, false, false};

        assertThat(RiskBacktest.lift(scores, events, 2))
                .containsExactly(0.5, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void noLiftWithoutLapsedCustomers() {
        assertThat(RiskBacktest.lift(new double[] {3, 2, 1}, new boolean[] {false, false, false}, 0)).isEmpty();
    }

    @Test
    void brierByHand() {
        // (0.9 − 1)² + (0.2 − 0)² + (0.6 − 0)² + (0 − 1)² = 0.01 + 0.04 + 0.36 + 1 = 1.41; / 4 = 0.3525
        assertThat(RiskBacktest.brier(new double[] {0.9, 0.2, 0.6, 0.0}, new boolean[] {true, false, false, true}))
                .isCloseTo(0.3525, within(EPS));
        assertThat(RiskBacktest.brier(new double[] {1, 0}, new boolean[] {true, false})).isEqualTo(0.0);
        assertThat(RiskBacktest.brier(new double[0], new boolean[0])).isNaN();
    }

    private static CustomerTrack track(String key, String... days) {
        CustomerTrack.Builder builder = CustomerTrack.builder(key, List.of());
        for (String day : days) {
            builder.add(Math.toIntExact(LocalDate.parse(day).toEpochDay()), 10, true, day, 0, 0);
        }
        return builder.build();
    }

    /*
     * Two months of data, cut-off 2024-06-30, H 3 → outcome window (Jun 30, Sep 30]. Nothing to learn from (the
     * earliest cut-off would be 2024-08-01): the list is longest silent first.
     *   A 2024-06-20, 2024-08-01   silent 10             bought in the window → not lapsed
     *   B 2024-05-01               silent 60             → lapsed
     *   C 2024-05-15, 2024-10-15   silent 16 + 30 = 46   Oct 15 is too late → lapsed
     *   D 2024-05-02, 2024-09-30   silent 59             Sep 30 counts → not lapsed
     *   E 2024-07-05               not a customer by the cut-off
     * Population 4, lapsed 2. AUC: positives 60, 46 vs negatives 10, 59: 60 ✓✓, 46 ✓✗ → 3/4.
     * Precision at 2: 60 T, 59 F → 1/2.
     * Lift: by silence B T, D F, C T, A F; 10 %, 20 % … of 4 rounded: 0, 1, 1, 2, 2, 2, 3, 3, 4, 4
     *   → found 0, 1, 1, 1, 1, 1, 2, 2, 2, 2 of 2.
     */
    @Test
    void withoutHistoryTheBacktestIsRecency() {
        List<CustomerTrack> tracks = List.of(
                track("A", "2024-06-20", "2024-08-01"),
                track("B", "2024-05-01"),
                track("C", "2024-05-15", "2024-10-15"),
                track("D", "2024-05-02", "2024-09-30"),
                track("E", "2024-07-05"));

        RiskBacktestResult result = new RiskBacktest().run(tracks, new FeatureSpace(List.of()),
                LocalDate.parse("2024-06-30"), 3, 2);

        assertThat(result.population()).isEqualTo(4);
        assertThat(result.lapsed()).isEqualTo(2);
        assertThat(result.topK()).isEqualTo(2);
        assertThat(result.risk().ranking()).isEqualTo(LapseRisk.Ranking.RECENCY);
        assertThat(result.risk().fallback()).contains(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
        assertThat(result.recency().auc()).isCloseTo(0.75, within(EPS));
        assertThat(result.recency().precisionAtK()).isCloseTo(0.5, within(EPS));
        assertThat(result.chosen()).isEqualTo(result.recency());
        assertThat(result.model().auc()).isNaN();
        assertThat(result.chosenBrier()).isNaN();
        assertThat(result.modelBrier()).isNaN();
        assertThat(result.recencyHits()).isCloseTo(1.0, within(EPS));
        assertThat(result.liftRecency()).containsExactly(0.0, 0.5, 0.5, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0, 1.0);
        assertThat(result.liftChosen()).isEqualTo(result.liftRecency());
    }
}
