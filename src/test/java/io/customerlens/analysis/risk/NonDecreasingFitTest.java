package io.customerlens.analysis.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A one-input fit that would turn the list round ("longer silent, less risk") becomes the flat share of events. */
class NonDecreasingFitTest {

    @Test
    void aRisingFitIsKeptAsItIs() {
        LogisticModel rising = new LogisticModel(new double[] {2}, new double[] {1}, new double[] {0.7}, -0.3);

        assertThat(LapseRiskLearning.nonDecreasing(rising, new boolean[] {true, false})).isSameAs(rising);
    }

    @Test
    void aFallingFitBecomesTheShareOfEventsForEveryone() {
        LogisticModel falling = new LogisticModel(new double[] {2}, new double[] {1}, new double[] {-0.4}, 0.1);
        // 3 events of 4: the chance is 3/4 whatever the input
        boolean[] events = {true, true, false, true};

        LogisticModel flat = LapseRiskLearning.nonDecreasing(falling, events);

        assertThat(flat.probability(new double[] {0})).isCloseTo(0.75, within(1e-12));
        assertThat(flat.probability(new double[] {9})).isCloseTo(0.75, within(1e-12));
        assertThat(flat.weight(0)).isZero();
    }

    @Test
    void onLearnedDataTheRecencyFallbackNeverRanksTheLongestSilentLast() {
        // A store where silence tells nothing (RiskFixtures' Poisson store): the shown chance never falls as the
        // silence grows, whichever way the noise tilts the fit.
        var tracks = RiskFixtures.tracks(RiskFixtures.poissonStore(11L, 300));
        LapseRisk risk = new LapseRiskLearning().learn(tracks, FeatureSpace.of(tracks, 1),
                java.time.LocalDate.parse("2024-06-30"), 3);
        var byDays = risk.customers().values().stream().filter(CustomerRisk::known)
                .sorted(java.util.Comparator.comparingInt((CustomerRisk customer) -> customer.facts().daysSinceLast()))
                .toList();
        for (int i = 1; i < byDays.size(); i++) {
            assertThat(byDays.get(i).probability()).as(byDays.get(i).customerKey())
                    .isGreaterThanOrEqualTo(byDays.get(i - 1).probability() - 1e-12);
        }
    }
}
