package io.customerlens.analysis.lapse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proof for the user that the risk ranking finds the customers who stop: score everyone with a
 * purchase in the 12 months up to a past cut-off using only purchases up to the cut-off, then check
 * who bought nothing in the following H months. The same is done for plain days since the last
 * purchase. The ranking itself is chosen by {@link RankingSelector} from the purchases up to the cut-off.
 */
public final class Backtest {

    public static final int POPULATION_MONTHS = 12;

    private final CadenceEstimator cadenceEstimator = new CadenceEstimator();

    /** @param histories every customer's whole history (purchases after the cut-off included) */
    public BacktestResult run(List<PurchaseHistory> histories, Function<String, String> groupOf, LocalDate cutoff,
                              int horizonMonths, int topK, RankingSelector selector) {
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("the horizon must be at least one month: " + horizonMonths);
        }
        RankingFit fit = selector.choose(upTo(histories, cutoff), groupOf, cutoff, horizonMonths);
        Evaluation risk = evaluate(histories, groupOf, cutoff, horizonMonths, fit);
        Evaluation recency = evaluate(histories, groupOf, cutoff, horizonMonths, new RankingFit.Fixed(new RecencyRanking()));
        int k = Math.min(topK, risk.outcomes().length);
        return new BacktestResult(cutoff, horizonMonths, k, risk.outcomes().length, risk.lapsedCount(), risk.ranking(),
                risk.quality(k), recency.quality(k));
    }

    /**
     * Each of {@code fits}, fitted to the purchases up to {@code cutoff}, scored on the backtest's population there:
     * by the fitted ranking's name, in the order given. The rule-based rankings beside the learned model.
     */
    public java.util.Map<String, RankingQuality> compare(List<PurchaseHistory> histories, Function<String, String> groupOf,
                                                         LocalDate cutoff, int horizonMonths, int topK,
                                                         List<RankingFit> fits) {
        AtCutoff at = atCutoff(histories, groupOf, cutoff);
        java.util.Map<String, RankingQuality> qualities = new java.util.LinkedHashMap<>();
        for (RankingFit fit : fits) {
            Evaluation evaluation = evaluate(at, horizonMonths, fit);
            qualities.put(evaluation.ranking().name(),
                    evaluation.quality(Math.min(topK, evaluation.outcomes().length)));
        }
        return qualities;
    }

    /**
     * Scores the population at {@code cutoff} with {@code ranking}, from purchases up to the cut-off,
     * and records who bought nothing in the {@code horizonMonths} after it.
     */
    Evaluation evaluate(List<PurchaseHistory> histories, Function<String, String> groupOf, LocalDate cutoff,
                        int horizonMonths, RankingFit fit) {
        return evaluate(atCutoff(histories, groupOf, cutoff), horizonMonths, fit);
    }

    /**
     * What every ranking scored at {@code cutoff} starts from: the purchases up to it and the cadences they give.
     * Computed once per cut-off when several rankings are compared there ({@link RankingSelector}).
     */
    AtCutoff atCutoff(List<PurchaseHistory> histories, Function<String, String> groupOf, LocalDate cutoff) {
        List<PurchaseHistory> known = upTo(histories, cutoff);
        return new AtCutoff(histories, cutoff, known, cadenceEstimator.estimate(known, groupOf));
    }

    /** The same as {@link #evaluate(List, Function, LocalDate, int, RankingFit)} from a prepared cut-off. */
    Evaluation evaluate(AtCutoff at, int horizonMonths, RankingFit fit) {
        LocalDate cutoff = at.cutoff();
        LocalDate horizonEnd = cutoff.plusMonths(horizonMonths);
        LocalDate populationStart = cutoff.minusMonths(POPULATION_MONTHS);
        RiskRanking ranking = fit.fit(at.known(), at.cadences(), cutoff);
        List<PurchaseHistory> population = at.known().stream()
                .filter(history -> history.lastPurchase().isAfter(populationStart))
                .toList();
        Map<String, PurchaseHistory> whole = at.histories().stream()
                .collect(java.util.stream.Collectors.toMap(PurchaseHistory::customerKey, Function.identity()));
        long horizonDays = ChronoUnit.DAYS.between(cutoff, horizonEnd);
        double[] scores = new double[population.size()];
        boolean[] lapsed = new boolean[population.size()];
        for (int i = 0; i < population.size(); i++) {
            PurchaseHistory history = population.get(i);
            long daysSince = ChronoUnit.DAYS.between(history.lastPurchase(), cutoff);
            Cadence cadence = at.cadences().getOrDefault(history.customerKey(), Cadence.UNKNOWN);
            scores[i] = ranking.score(daysSince, cadence.typicalDays(), horizonDays);
            lapsed[i] = !whole.get(history.customerKey()).boughtBetween(cutoff, horizonEnd);
        }
        return new Evaluation(ranking, scores, lapsed);
    }

    /** Every customer's whole history, and what was known of it at the cut-off. */
    record AtCutoff(List<PurchaseHistory> histories, LocalDate cutoff, List<PurchaseHistory> known,
                    Map<String, Cadence> cadences) {
    }

    static List<PurchaseHistory> upTo(List<PurchaseHistory> histories, LocalDate date) {
        return histories.stream().map(history -> history.upTo(date)).flatMap(Optional::stream).toList();
    }

    record Evaluation(RiskRanking ranking, double[] scores, boolean[] outcomes) {

        long lapsedCount() {
            long count = 0;
            for (boolean outcome : outcomes) {
                count += outcome ? 1 : 0;
            }
            return count;
        }

        RankingQuality quality(int k) {
            return RankingScorer.quality(scores, outcomes, k);
        }
    }
}
