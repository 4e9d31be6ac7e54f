package io.customerlens.analysis.lapse;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the risk ranking from the data itself, and only trusts a model that has proven itself on it.
 * Each candidate is fitted and backtested at {@value #VALIDATION_CUTOFFS} earlier cut-offs (A − H,
 * then one month earlier each time; outcomes never reach past A, and only purchases up to A are read).
 * A candidate that beat plain recency at every one of those cut-offs, by {@value #MARGIN} on average,
 * has proven itself; the proven candidate with the highest mean ROC AUC is used, and without one the
 * ranking is recency, "longest silent first". On data where purchase
 * rhythm says nothing the app therefore ranks exactly as recency does, and on data with a steady
 * restocking rhythm it ranks by that rhythm.
 */
public final class RankingSelector {

    public static final int VALIDATION_CUTOFFS = 6;
    public static final double MARGIN = 0.005;
    public static final int MIN_CHECKS = 3;

    public static final RankingSelector DEFAULT = new RankingSelector(List.of(
            new RankingFit.Survival(true),
            new RankingFit.Survival(false),
            new RankingFit.Fixed(RiskModel.DEFAULT)));

    private static final RankingFit RECENCY = new RankingFit.Fixed(new RecencyRanking());

    private final List<RankingFit> candidates;

    public RankingSelector(List<RankingFit> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The candidates compared with recency, in order. */
    public List<RankingFit> candidates() {
        return candidates;
    }

    /** @param histories purchases up to {@code asOf} only (later ones would leak the future) */
    public RankingFit choose(List<PurchaseHistory> histories, Function<String, String> groupOf, LocalDate asOf,
                             int horizonMonths) {
        // Each cut-off's known purchases and cadences once, for recency and every candidate alike.
        Backtest backtest = new Backtest();
        List<Backtest.AtCutoff> cutoffs = new java.util.ArrayList<>(VALIDATION_CUTOFFS);
        for (int step = 0; step < VALIDATION_CUTOFFS; step++) {
            cutoffs.add(backtest.atCutoff(histories, groupOf, asOf.minusMonths(horizonMonths + step)));
        }
        double[] recency = aucs(backtest, RECENCY, cutoffs, horizonMonths);
        RankingFit best = RECENCY;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (RankingFit candidate : candidates) {
            double[] aucs = aucs(backtest, candidate, cutoffs, horizonMonths);
            double mean = mean(aucs);
            if (provenAgainst(aucs, recency) && mean > bestMean) {
                best = candidate;
                bestMean = mean;
            }
        }
        return best;
    }

    /**
     * A candidate has proven itself when it beat recency at every validation cut-off where both are
     * defined (at least {@value #MIN_CHECKS} of them), by {@value #MARGIN} on average.
     */
    public static boolean provenAgainst(double[] aucs, double[] recency) {
        int checks = 0;
        double gain = 0;
        for (int i = 0; i < aucs.length; i++) {
            if (Double.isNaN(aucs[i]) || Double.isNaN(recency[i])) {
                continue;
            }
            if (aucs[i] <= recency[i]) {
                return false;
            }
            checks++;
            gain += aucs[i] - recency[i];
        }
        return checks >= MIN_CHECKS && gain / checks >= MARGIN;
    }

    private static double[] aucs(Backtest backtest, RankingFit fit, List<Backtest.AtCutoff> cutoffs,
                                 int horizonMonths) {
        double[] aucs = new double[cutoffs.size()];
        for (int step = 0; step < cutoffs.size(); step++) {
            aucs[step] = backtest.evaluate(cutoffs.get(step), horizonMonths, fit).quality(1).auc();
        }
        return aucs;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).filter(value -> !Double.isNaN(value)).average().orElse(Double.NaN);
    }
}
