package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ROC AUC (ties count half) and precision at K (tied places shared). */
class RankingScorerTest {

    private static final double EPS = 1e-12;

    @Test
    void aucCountsTiesHalf() {
        // positives 0.9, 0.5; negatives 0.5, 0.1. Pairs (pos, neg):
        //   (0.9, 0.5) 1, (0.9, 0.1) 1, (0.5, 0.5) tie ½, (0.5, 0.1) 1 → 3.5 / 4 = 0.875
        double auc = RankingScorer.auc(new double[]{0.9, 0.5, 0.5, 0.1}, new boolean[]{true, true, false, false});

        assertThat(auc).isCloseTo(0.875, within(EPS));
    }

    @Test
    void aucOfAnUnsortedSampleWithATieAcrossClasses() {
        // scores/outcomes: 3 T, 1 F, 2 T, 2 F, 5 F, 4 T
        // positives 3, 2, 4 vs negatives 1, 2, 5:
        //   3: >1 ✓, >2 ✓, <5 ✗ → 2;  2: >1 ✓, =2 ½, <5 ✗ → 1.5;  4: >1 ✓, >2 ✓, <5 ✗ → 2  → 5.5 / 9
        double auc = RankingScorer.auc(new double[]{3, 1, 2, 2, 5, 4}, new boolean[]{true, false, true, false, false, true});

        assertThat(auc).isCloseTo(5.5 / 9, within(EPS));
    }

    @Test
    void aucExtremes() {
        assertThat(RankingScorer.auc(new double[]{4, 3, 2, 1}, new boolean[]{true, true, false, false})).isEqualTo(1.0);
        assertThat(RankingScorer.auc(new double[]{1, 2, 3, 4}, new boolean[]{true, true, false, false})).isEqualTo(0.0);
        assertThat(RankingScorer.auc(new double[]{7, 7, 7, 7}, new boolean[]{true, false, true, false})).isEqualTo(0.5);
    }

    @Test
    void aucIsNaNWhenOneClassIsEmpty() {
        assertThat(RankingScorer.auc(new double[]{1, 2, 3}, new boolean[]{true, true, true})).isNaN();
        assertThat(RankingScorer.auc(new double[]{1, 2, 3}, new boolean[]{false, false, false})).isNaN();
        assertThat(RankingScorer.auc(new double[0], new boolean[0])).isNaN();
    }

    /*
     * scores 5 4 4 4 1, outcomes T T F F T.
     *   K 1: {5}                                  → 1/1
     *   K 2: {5} + 1 of the three 4s (1 of 3 is T) → (1 + 1·1/3) / 2 = 2/3
     *   K 3: {5} + 2 of the three 4s              → (1 + 2·1/3) / 3 = 5/9
     *   K 4: {5, 4, 4, 4}                         → 2/4
     *   K 5: all                                  → 3/5
     *   K 9: K is capped at 5                     → 3/5
     */
    @ParameterizedTest(name = "precision at {0} = {1}/{2}")
    @CsvSource({
            "1, 1, 1",
            "2, 2, 3",
            "3, 5, 9",
            "4, 2, 4",
            "5, 3, 5",
            "9, 3, 5",
    })
    void precisionAtKSharesTiedPlaces(int k, double numerator, double denominator) {
        double precision = RankingScorer.precisionAtK(new double[]{5, 4, 4, 4, 1}, new boolean[]{true, true, false, false, true}, k);

        assertThat(precision).isCloseTo(numerator / denominator, within(EPS));
    }

    @Test
    void precisionWithoutKOrScoresIsNaN() {
        assertThat(RankingScorer.precisionAtK(new double[]{1}, new boolean[]{true}, 0)).isNaN();
        assertThat(RankingScorer.precisionAtK(new double[0], new boolean[0], 3)).isNaN();
    }

    @Test
    void qualityCombinesBoth() {
        RankingQuality quality = RankingScorer.quality(new double[]{0.9, 0.5, 0.5, 0.1}, new boolean[]{true, true, false, false}, 1);

        assertThat(quality.auc()).isCloseTo(0.875, within(EPS));
        assertThat(quality.precisionAtK()).isEqualTo(1.0);
    }
}
