package io.customerlens.analysis.risk;

import io.customerlens.analysis.risk.RiskFixtures.Customer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.customerlens.analysis.risk.RiskFixtures.poissonStore;
import static io.customerlens.analysis.risk.RiskFixtures.restockingStore;
import static io.customerlens.analysis.risk.RiskFixtures.tracks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LapseRiskLearning on synthetic stores: where each shop's own rhythm says more than its silence the model is
 * chosen and beats longest-silent-first; with too little history, or where only silence informs, the app falls back
 * to recency.
 */
class LapseRiskLearningTest {

    private static final LocalDate CUTOFF = LocalDate.parse("2024-09-30");
    private static final int H = 3;

    @Test
    void onAStoreWithRestockingRhythmsTheModelBeatsRecency() {
        List<CustomerTrack> tracks = tracks(restockingStore(20240930L, 600));
        FeatureSpace space = FeatureSpace.of(tracks, 1);

        RiskBacktestResult result = new RiskBacktest().run(tracks, space, CUTOFF, H, 50);
        LapseRisk risk = result.risk();
        double recencyOnlyBrier = recencyOnlyBrier(tracks, space, CUTOFF);
        System.out.printf("synthetic store at %s, H %d: population %d, lapsed %d; AUC model %.4f, recency %.4f;"
                        + " Brier model %.4f, recency-only %.4f, base rate %.4f; validation mean AUC model %.4f,"
                        + " recency %.4f, validation Brier %.4f; bins %s%n",
                CUTOFF, H, result.population(), result.lapsed(), result.model().auc(), result.recency().auc(),
                result.modelBrier(), recencyOnlyBrier, baseRateBrier(result), risk.meanModelAuc(),
                risk.meanRecencyAuc(), risk.modelBrier(), risk.reliability());

        assertThat(risk.ranking()).isEqualTo(LapseRisk.Ranking.MODEL);
        assertThat(risk.fallback()).isEmpty();
        assertThat(result.model().auc() - result.recency().auc()).isGreaterThanOrEqualTo(0.05);
        assertThat(result.chosen()).isEqualTo(result.model());
        assertThat(result.chosenBrier()).isEqualTo(result.modelBrier());
        // Seed 20240930 gave: population 444, lapsed 57; AUC model 0.987, recency 0.923; Brier model 0.0135,
        // recency-only 0.0315, base rate (57/444 · 387/444) 0.112. A model ranking backwards or calibrated on
        // the wrong label would score far above the base rate.
        assertThat(result.modelBrier()).isLessThan(recencyOnlyBrier).isLessThan(0.05);
        // Reliability over the validation cut-offs: well-filled bins lie near the diagonal (seed 20240930: bins
        // of 2364, 55, 36 and 347 customers off by 0.0003, 0.078, 0.058 and 0.012), and the mean prediction
        // matches the share that lapsed.
        int customers = 0;
        double predicted = 0;
        double observed = 0;
        for (ReliabilityBin bin : risk.reliability()) {
            customers += bin.customers();
            predicted += bin.customers() * bin.meanPredicted();
            observed += bin.customers() * bin.observed();
            assertThat(bin.meanPredicted()).as(bin.toString()).isBetween(bin.from(), bin.to());
            if (bin.customers() >= 30) {
                // Within three binomial standard errors of the prediction, plus 0.05 for the bin's width: a bin of
                // 47 at 0.85 may see all 47 lapse (sd 0.052), one of 2,000 may not stray by more than about 0.07.
                double p = bin.meanPredicted();
                double tolerance = 0.05 + 3 * Math.sqrt(p * (1 - p) / bin.customers());
                assertThat(Math.abs(bin.observed() - p)).as(bin.toString()).isLessThan(tolerance);
            }
        }
        assertThat(risk.reliability().getFirst().customers()).isGreaterThan(1000);
        assertThat(Math.abs(predicted - observed) / customers).isLessThan(0.02);
    }

    /** The Brier score at the cut-off of a logistic fit on ln(1 + days silent) alone, trained as the model is. */
    private static double recencyOnlyBrier(List<CustomerTrack> tracks, FeatureSpace space, LocalDate cutoff) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> events = new ArrayList<>();
        for (int step = 0; step < LapseRiskLearning.MAX_TRAINING_CUTOFFS; step++) {
            CutoffExamples at = new CutoffRowCache(tracks, space).examples(cutoff.minusMonths(H + step), H);
            for (int i = 0; i < at.size(); i++) {
                rows.add(LapseRiskLearning.recencyRow(at.rows[i]));
                events.add(at.events[i]);
            }
        }
        boolean[] outcomes = new boolean[events.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = events.get(i);
        }
        LogisticModel recency = new LogisticLearner().fit(rows.toArray(double[][]::new), outcomes);
        CutoffExamples now = new CutoffRowCache(tracks, space).examples(cutoff, H);
        double[] probabilities = new double[now.size()];
        for (int i = 0; i < now.size(); i++) {
            probabilities[i] = recency.probability(LapseRiskLearning.recencyRow(now.rows[i]));
        }
        return RiskBacktest.brier(probabilities, now.events);
    }

    private static double baseRateBrier(RiskBacktestResult result) {
        double rate = (double) result.lapsed() / result.population();
        return rate * (1 - rate);
    }

    /*
     * N changed from 3 to 6: the second learning reads the cut-offs the first one made (their rows do not depend on
     * the horizon) and must give exactly what a learning from scratch gives: the outcomes are the horizon's own.
     */
    @Test
    void aLearningOverCutOffsKeptFromAnotherHorizonIsTheFreshLearning() {
        List<CustomerTrack> tracks = tracks(restockingStore(20240930L, 300));
        FeatureSpace space = FeatureSpace.of(tracks, 1);
        LapseRiskLearning learning = new LapseRiskLearning();
        CutoffRowCache kept = new CutoffRowCache(tracks, space);

        LapseRisk firstWindow = learning.learn(kept, CUTOFF, 3);
        LapseRisk afterTheChange = learning.learn(kept, CUTOFF, 6);
        LapseRisk fresh = learning.learn(tracks, space, CUTOFF, 6);

        // Records compare doubles as Double.compare does: NaN reasons match, and every probability must be the same bit for bit.
        assertThat(afterTheChange).isEqualTo(fresh);
        assertThat(afterTheChange.horizonMonths()).isEqualTo(6);
        // The horizon matters: the same cut-offs with 3-month outcomes teach other chances.
        assertThat(firstWindow.checks()).isNotEqualTo(afterTheChange.checks());
    }

    /*
     * N changed while the old window's learning runs: it stops at its next step (a cut-off's examples, a check or a
     * fit) once told, and a learning afterwards over the same kept cut-offs is the learning from scratch.
     */
    @Test
    void aLearningToldToStopStopsAtItsNextStepAndLeavesNothingHalfMade() {
        List<CustomerTrack> tracks = tracks(restockingStore(20240930L, 300));
        FeatureSpace space = FeatureSpace.of(tracks, 1);
        LapseRiskLearning learning = new LapseRiskLearning();
        CutoffRowCache kept = new CutoffRowCache(tracks, space);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // Told to stop at its fifth look: the first four steps have run, so the stop is mid-way, not at the door.
        io.customerlens.task.CancelSignal stopMidway = () -> asked.incrementAndGet() >= 5;

        assertThatThrownBy(() -> learning.learn(kept, CUTOFF, H, stopMidway))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(asked.get()).isGreaterThanOrEqualTo(5);

        assertThat(learning.learn(kept, CUTOFF, H)).isEqualTo(learning.learn(tracks, space, CUTOFF, H));
    }

    @Test
    void twoMonthsOfHistoryAreTooLittle() {
        // Only the lines of Nov and Dec 2024: the earliest cut-off to learn from would be 3 months after the first.
        LocalDate asOf = LocalDate.parse("2024-12-31");
        List<CustomerTrack> tracks = restockingStore(7L, 200).stream()
                .map(customer -> new Customer(customer.key(), customer.attributes(), customer.lines().stream()
                        .filter(line -> line.day() > RiskFixtures.epochDay(LocalDate.parse("2024-10-31"))).toList()))
                .map(Customer::track).toList();

        LapseRisk risk = new LapseRiskLearning().learn(tracks, FeatureSpace.of(tracks, 1), asOf, H);

        assertThat(risk.ranking()).isEqualTo(LapseRisk.Ranking.RECENCY);
        assertThat(risk.fallback()).contains(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
        assertThat(risk.trainingCutoffs()).isZero();
        assertThat(risk.trainingExamples()).isZero();
        assertThat(risk.checks()).hasSize(6).noneMatch(ValidationCheck::defined);
        assertThat(risk.modelBrier()).isNaN();
        assertThat(risk.chosenBrier()).isNaN();
        assertThat(risk.reliability()).isEmpty();
        assertThat(risk.customers()).isNotEmpty();
        for (CustomerRisk customer : risk.customers().values()) {
            assertThat(customer.known()).isFalse();
            assertThat(customer.probability()).isNaN();
            assertThat(customer.modelProbability()).isNaN();
            assertThat(customer.reasons()).isEmpty();
            assertThat(customer.facts()).isNotNull();
        }
    }

    @Test
    void whereOnlySilenceInformsTheRankingIsRecency() {
        List<CustomerTrack> tracks = tracks(poissonStore(5L, 600));
        LocalDate asOf = LocalDate.parse("2024-12-31");

        LapseRisk risk = new LapseRiskLearning().learn(tracks, FeatureSpace.of(tracks, 1), asOf, H);

        assertThat(risk.ranking()).isEqualTo(LapseRisk.Ranking.RECENCY);
        assertThat(risk.fallback()).contains(LapseRisk.Fallback.NOT_BETTER_THAN_RECENCY);
        assertThat(risk.checks().stream().filter(ValidationCheck::defined).count()).isGreaterThanOrEqualTo(3);
        // The shown probabilities rank exactly as the days since the last purchase: sorted by days, they rise
        // strictly where the days rise and are equal where the days are.
        List<CustomerRisk> byDays = risk.customers().values().stream()
                .sorted(Comparator.comparingInt((CustomerRisk customer) -> customer.facts().daysSinceLast())
                        .thenComparing(CustomerRisk::customerKey))
                .toList();
        assertThat(byDays).hasSizeGreaterThan(300);
        for (int i = 1; i < byDays.size(); i++) {
            CustomerRisk before = byDays.get(i - 1);
            CustomerRisk after = byDays.get(i);
            assertThat(after.known()).isTrue();
            if (after.facts().daysSinceLast() == before.facts().daysSinceLast()) {
                assertThat(after.probability()).isEqualTo(before.probability());
            } else {
                assertThat(after.probability()).as("%s after %s", after, before).isGreaterThan(before.probability());
            }
        }
        // The learned model's own probabilities are still there (the backtest compares them), and rank otherwise.
        List<String> byModel = risk.customers().values().stream()
                .sorted(Comparator.comparingDouble(CustomerRisk::modelProbability).thenComparing(CustomerRisk::customerKey))
                .map(CustomerRisk::customerKey).toList();
        assertThat(byModel).isNotEqualTo(byDays.stream().map(CustomerRisk::customerKey).toList());
    }

    @Test
    void aHorizonBelowOneMonthIsRejected() {
        List<CustomerTrack> tracks = tracks(poissonStore(5L, 10));

        assertThatThrownBy(() -> new LapseRiskLearning().learn(tracks, FeatureSpace.of(tracks, 1), CUTOFF, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
