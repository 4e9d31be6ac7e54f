package io.customerlens.analysis.risk;

import io.customerlens.analysis.lapse.RankingQuality;
import io.customerlens.analysis.lapse.RankingScorer;
import io.customerlens.analysis.value.BgNbdModel;
import io.customerlens.analysis.value.RepeatSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Proof for the user that the call list finds the customers who stop: at a past cut-off C, learn exactly as the
 * app would have on C (lines up to C, outcomes that ended by C), score the backtest's population, then look at who
 * bought nothing in the H months after C. Pure.
 */
public final class RiskBacktest {

    public static final int LIFT_STEPS = 10;

    private final LapseRiskLearning learning = new LapseRiskLearning();

    public RiskBacktestResult run(List<CustomerTrack> tracks, FeatureSpace space, LocalDate cutoff, int horizonMonths,
                                  int topK) {
        return run(new CutoffRowCache(tracks, space), cutoff, horizonMonths, topK);
    }

    /** The same over cut-offs kept in {@code cutoffs}, shared with the app's own learnings over the same tracks. */
    public RiskBacktestResult run(CutoffRowCache cutoffs, LocalDate cutoff, int horizonMonths, int topK) {
        List<CustomerTrack> tracks = cutoffs.tracks();
        LapseRisk risk = learning.learn(cutoffs, cutoff, horizonMonths);
        CutoffExamples population = cutoffs.examples(cutoff, horizonMonths);
        int size = population.size();
        double[] chosen = new double[size];
        double[] model = new double[size];
        for (int i = 0; i < size; i++) {
            CustomerRisk customer = risk.of(tracks.get(population.tracks[i]).customerKey());
            // Without a learned probability the app lists longest silent first: so does the backtest.
            chosen[i] = customer.known() ? customer.probability() : population.daysSinceLast[i];
            model[i] = customer.modelProbability();
        }
        int k = Math.min(topK, size);
        boolean[] events = population.events;
        int lapsed = 0;
        for (boolean event : events) {
            lapsed += event ? 1 : 0;
        }
        boolean modelKnown = Arrays.stream(model).noneMatch(Double::isNaN) && size > 0;
        boolean chosenIsProbability = size > 0 && risk.of(tracks.get(population.tracks[0]).customerKey()).known();
        return new RiskBacktestResult(cutoff, horizonMonths, k, size, lapsed, risk,
                RankingScorer.quality(chosen, events, k),
                modelKnown ? RankingScorer.quality(model, events, k) : new RankingQuality(Double.NaN, Double.NaN),
                RankingScorer.quality(population.daysSinceLast, events, k),
                chosenIsProbability ? brier(chosen, events) : Double.NaN,
                modelKnown ? brier(model, events) : Double.NaN,
                lift(chosen, events, lapsed), lift(population.daysSinceLast, events, lapsed),
                Map.of(BGNBD, bgNbdQuality(tracks, population, cutoff, horizonMonths, k)));
    }

    /** The name BG/NBD's ranking is compared under. */
    public static final String BGNBD = "bgnbd";

    /**
     * BG/NBD fitted to every customer's purchase days up to the cut-off, scoring P(no purchase in the H months):
     * the classic "buy till you die" answer to the same question, side by side with the learned model.
     */
    private static RankingQuality bgNbdQuality(List<CustomerTrack> tracks, CutoffExamples population, LocalDate cutoff,
                                               int horizonMonths, int k) {
        List<RepeatSummary> known = tracks.stream().flatMap(track -> track.repeatSummary(cutoff).stream()).toList();
        if (known.isEmpty() || population.size() == 0) {
            return new RankingQuality(Double.NaN, Double.NaN);
        }
        BgNbdModel model = BgNbdModel.fit(known);
        java.util.Map<String, RepeatSummary> byKey = new java.util.HashMap<>(known.size() * 2);
        known.forEach(summary -> byKey.put(summary.customerKey(), summary));
        double horizonDays = cutoff.plusMonths(horizonMonths).toEpochDay() - cutoff.toEpochDay();
        double[] scores = new double[population.size()];
        for (int i = 0; i < scores.length; i++) {
            RepeatSummary summary = byKey.get(tracks.get(population.tracks[i]).customerKey());
            scores[i] = model.probabilityNoPurchase(summary, horizonDays);
        }
        return RankingScorer.quality(scores, population.events, k);
    }

    static double brier(double[] probabilities, boolean[] events) {
        if (probabilities.length == 0) {
            return Double.NaN;
        }
        double squares = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double outcome = events[i] ? 1 : 0;
            squares += (probabilities[i] - outcome) * (probabilities[i] - outcome);
        }
        return squares / probabilities.length;
    }

    /** The share of the lapsed found in the first 10 %, 20 % … of the list, highest scores first (ties: stable). */
    static List<Double> lift(double[] scores, boolean[] events, int lapsed) {
        List<Double> shares = new ArrayList<>();
        if (lapsed == 0) {
            return shares;
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        int found = 0;
        int next = 0;
        for (int step = 1; step <= LIFT_STEPS; step++) {
            int until = (int) Math.round((double) scores.length * step / LIFT_STEPS);
            for (; next < until; next++) {
                found += events[order[next]] ? 1 : 0;
            }
            shares.add((double) found / lapsed);
        }
        return shares;
    }
}
