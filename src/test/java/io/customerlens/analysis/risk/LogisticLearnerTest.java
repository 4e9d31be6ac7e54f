package io.customerlens.analysis.risk;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** LogisticLearner recovers a known logistic model, and its edge cases. */
class LogisticLearnerTest {

    private static final int ROWS = 20_000;

    /** The true model: logit = −1 + 1.5 x₁ − 0.3 x₂ + 0.8 x₃, x₁ ~ N(0, 1), x₂ ~ U(0, 10), x₃ ∈ {0, 1}. */
    private static double trueProbability(double[] row) {
        double logit = -1 + 1.5 * row[0] - 0.3 * row[1] + 0.8 * row[2];
        return 1 / (1 + Math.exp(-logit));
    }

    private record Data(double[][] rows, boolean[] events, double[] truth) {
    }

    /** @param constant an extra input that is 7 for every row (an attribute every customer shares) */
    private static Data generate(long seed, boolean constant) {
        Random random = new Random(seed);
        double[][] rows = new double[ROWS][];
        boolean[] events = new boolean[ROWS];
        double[] truth = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double[] row = {random.nextGaussian(), 10 * random.nextDouble(), random.nextBoolean() ? 1 : 0};
            truth[i] = trueProbability(row);
            events[i] = random.nextDouble() < truth[i];
            rows[i] = constant ? new double[] {row[0], row[1], row[2], 7} : row;
        }
        return new Data(rows, events, truth);
    }

    private static double meanAbsoluteError(LogisticModel model, Data data) {
        double sum = 0;
        for (int i = 0; i < ROWS; i++) {
            sum += Math.abs(model.probability(data.rows()[i]) - data.truth()[i]);
        }
        return sum / ROWS;
    }

    @Test
    void recoversTheTrueProbabilities() {
        Data data = generate(11L, false);

        LogisticModel model = new LogisticLearner().fit(data.rows(), data.events());

        assertThat(model.inputs()).isEqualTo(3);
        assertThat(meanAbsoluteError(model, data)).isLessThan(0.02);
        // Weights are per standard deviation: x₁ sd 1 → ≈ 1.5; x₂ sd 10/√12 ≈ 2.89 → ≈ −0.87; x₃ sd ½ → ≈ 0.4.
        assertThat(model.weight(0)).isCloseTo(1.5, within(0.15));
        assertThat(model.weight(1)).isCloseTo(-0.3 * 10 / Math.sqrt(12), within(0.1));
        assertThat(model.weight(2)).isCloseTo(0.4, within(0.1));
    }

    @Test
    void aConstantInputDoesNotBreakTheFit() {
        Data data = generate(12L, true);

        LogisticModel model = new LogisticLearner().fit(data.rows(), data.events());

        assertThat(model.inputs()).isEqualTo(4);
        assertThat(model.weight(3)).isCloseTo(0, within(1e-6));
        assertThat(model.weight(0)).isPositive();
        assertThat(model.weight(1)).isNegative();
        assertThat(model.weight(2)).isPositive();
        assertThat(meanAbsoluteError(model, data)).isLessThan(0.02);
        for (double[] row : data.rows()) {
            assertThat(model.probability(row)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theOrderOfTheLabelsDoesNotMatter() {
        // LIBLINEAR numbers the labels in the order it meets them; the learner must turn its weights round when
        // the first label is "no event". The same examples, all events first, then all others first.
        Data data = generate(13L, false);
        int events = 0;
        for (boolean event : data.events()) {
            events += event ? 1 : 0;
        }
        double[][] eventsFirst = new double[ROWS][];
        boolean[] eventsFirstLabels = new boolean[ROWS];
        double[][] othersFirst = new double[ROWS][];
        boolean[] othersFirstLabels = new boolean[ROWS];
        int e = 0;
        int o = 0;
        for (int i = 0; i < ROWS; i++) {
            if (data.events()[i]) {
                eventsFirst[e] = data.rows()[i];
                eventsFirstLabels[e++] = true;
                othersFirst[ROWS - events + (e - 1)] = data.rows()[i];
                othersFirstLabels[ROWS - events + (e - 1)] = true;
            } else {
                eventsFirst[events + o] = data.rows()[i];
                othersFirst[o++] = data.rows()[i];
            }
        }

        LogisticModel a = new LogisticLearner().fit(eventsFirst, eventsFirstLabels);
        LogisticModel b = new LogisticLearner().fit(othersFirst, othersFirstLabels);

        for (int j = 0; j < 3; j++) {
            assertThat(a.weight(j)).isCloseTo(b.weight(j), within(1e-3));
        }
        for (int i = 0; i < ROWS; i += 97) {
            assertThat(a.probability(data.rows()[i])).isCloseTo(b.probability(data.rows()[i]), within(1e-3));
        }
        assertThat(meanAbsoluteError(a, data)).isLessThan(0.02);
        assertThat(meanAbsoluteError(b, data)).isLessThan(0.02);
    }

    @Test
    void probabilityIsTheLogisticOfTheStandardisedRow() {
        // means (1, 10), scales (2, 5), weights (0.5, −1), bias 0.25; row (3, 0):
        //   z = ((3 − 1)/2, (0 − 10)/5) = (1, −2); logit = 0.25 + 0.5 · 1 + (−1)(−2) = 2.75
        LogisticModel model = new LogisticModel(new double[] {1, 10}, new double[] {2, 5}, new double[] {0.5, -1}, 0.25);

        assertThat(model.probability(new double[] {3, 0})).isCloseTo(1 / (1 + Math.exp(-2.75)), within(1e-15));
        assertThat(model.contributions(new double[] {3, 0})).containsExactly(0.5, 2.0);
        assertThat(model.probability(new double[] {1, 10})).isCloseTo(1 / (1 + Math.exp(-0.25)), within(1e-15));
    }

    @Test
    void oneOutcomeOnlyIsRejected() {
        double[][] rows = {{1, 2}, {3, 4}, {5, 6}};

        assertThatThrownBy(() -> new LogisticLearner().fit(rows, new boolean[] {true, true, true}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogisticLearner().fit(rows, new boolean[] {false, false, false}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noExamplesOrMismatchedOutcomesAreRejected() {
        assertThatThrownBy(() -> new LogisticLearner().fit(new double[0][], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogisticLearner().fit(new double[][] {{1}, {2}}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mismatchedModelArraysAreRejected() {
        assertThatThrownBy(() -> new LogisticModel(new double[2], new double[2], new double[3], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
