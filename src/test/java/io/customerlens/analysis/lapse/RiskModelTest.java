package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** RiskModel (P(no purchase in H) from silence and cadence) and the recency baseline. */
class RiskModelTest {

    /*
     * q = 0.3: P(alive) = 0.7·e^(−d/μ) / (0.7·e^(−d/μ) + 0.3); score = 1 − P(alive)·(1 − e^(−H/μ)).
     *   d 0,  μ 30,  H 30: alive 0.7, buys 1 − 1/e  → 0.3 + 0.7/e              = 0.55751561
     *   d 30, μ 30,  H 30: alive (0.7/e)/(0.7/e + 0.3) = 0.46190…, × 0.63212… → 0.70802448
     *   d 30, μ 10,  H 30: alive 0.7e⁻³/(0.7e⁻³ + 0.3) = 0.10407…, × 0.95021… → 0.90110280
     *   d 30, μ 100, H 30: alive 0.7e^−0.3/(…) = 0.63355…, × 0.25918… → 0.83580615
     *   d 0,  μ 0.2 → μ = 1 (floor), H 30: alive 0.7, buys ≈ 1 → 0.3
     */
    @ParameterizedTest(name = "d {0}, typical {1}, H {2} → {3}")
    @CsvSource({
            "0,  30,  30, 0.55751561",
            "30, 30,  30, 0.70802448",
            "30, 10,  30, 0.90110280",
            "30, 100, 30, 0.83580615",
            "0,  0.2, 30, 0.30000000",
    })
    void scoreFollowsTheFormula(long days, double typical, long horizon, double expected) {
        assertThat(RiskModel.DEFAULT.score(days, typical, horizon)).isCloseTo(expected, within(1e-8));
    }

    @Test
    void withoutCadenceTheHorizonStandsInForIt() {
        // μ = H = 30 → same as the second row above
        assertThat(RiskModel.DEFAULT.score(30, null, 30)).isCloseTo(0.70802448, within(1e-8));
    }

    @Test
    void forEqualCadenceTheRankingIsTheRecencyRanking() {
        double previous = -1;
        for (long d = 0; d <= 400; d += 5) {
            double score = RiskModel.DEFAULT.score(d, 20.0, 90);
            assertThat(score).isGreaterThan(previous);
            previous = score;
        }
    }

    @Test
    void aSilenceLongForTheCustomersOwnCadenceRanksHigher() {
        // 30 silent days: 3 intervals of a 10-day customer (0.901) outranks 0.3 intervals of a 100-day one (0.836)
        assertThat(RiskModel.DEFAULT.score(30, 10.0, 30)).isGreaterThan(RiskModel.DEFAULT.score(30, 100.0, 30));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void churnPriorMustLieStrictlyBetweenZeroAndOne(double q) {
        assertThatThrownBy(() -> new RiskModel(q)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recencyScoresTheDaysSinceTheLastPurchase() {
        RecencyRanking recency = new RecencyRanking();

        assertThat(recency.score(0, 10.0, 90)).isEqualTo(0.0);
        assertThat(recency.score(84, null, 90)).isEqualTo(84.0);
        assertThat(recency.score(84, 5.0, 1)).isEqualTo(84.0);
    }
}
