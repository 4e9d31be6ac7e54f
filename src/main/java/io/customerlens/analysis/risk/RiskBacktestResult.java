package io.customerlens.analysis.risk;

import io.customerlens.analysis.lapse.RankingQuality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the call list chosen from the lines up to a past cut-off would have done (docs/definitions.md, "Backtest"):
 * the shown ranking, the learned model and longest-silent-first side by side, and any other ranking compared.
 *
 * @param population  customers with a purchase in the 12 months up to the cut-off
 * @param lapsed      of those, customers with no purchase in the H months after it
 * @param topK        K as used (at most the population)
 * @param risk        what the app would have shown at the cut-off (ranking, checks, probabilities)
 * @param chosenBrier mean squared error of the shown probabilities against what happened (NaN: none)
 * @param liftChosen  share of the lapsed customers found in the first 10 %, 20 % … 100 % of the shown list
 * @param liftRecency the same for longest-silent-first
 * @param comparisons other rankings' quality at the same cut-off, by name (survival, alive model, BG/NBD …)
 */
public record RiskBacktestResult(LocalDate cutoff, int horizonMonths, int topK, int population, int lapsed,
                                 LapseRisk risk, RankingQuality chosen, RankingQuality model,
                                 RankingQuality recency, double chosenBrier, double modelBrier,
                                 List<Double> liftChosen, List<Double> liftRecency,
                                 Map<String, RankingQuality> comparisons) {

    public RiskBacktestResult {
        liftChosen = List.copyOf(liftChosen);
        liftRecency = List.copyOf(liftRecency);
        comparisons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comparisons));
    }

    /** This result with one more ranking compared. */
    public RiskBacktestResult with(String name, RankingQuality quality) {
        Map<String, RankingQuality> more = new LinkedHashMap<>(comparisons);
        more.put(name, quality);
        return new RiskBacktestResult(cutoff, horizonMonths, topK, population, lapsed, risk, chosen, model, recency,
                chosenBrier, modelBrier, liftChosen, liftRecency, more);
    }

    /** Of the top K of the shown list, how many bought nothing (customers tied at the K-th place shared). */
    public double chosenHits() {
        return chosen.precisionAtK() * topK;
    }

    /** Of the top K of longest-silent-first, how many bought nothing. */
    public double recencyHits() {
        return recency.precisionAtK() * topK;
    }

    /** Of the top K of any ranking compared here, how many bought nothing. */
    public double hits(RankingQuality quality) {
        return quality.precisionAtK() * topK;
    }

    /** Share of the population that bought nothing in the H months after the cut-off; NaN without a population. */
    public double lapsedShare() {
        return population == 0 ? Double.NaN : (double) lapsed / population;
    }

    /** How many of K customers picked at random would have bought nothing, on average. */
    public double randomHits() {
        return population == 0 ? Double.NaN : lapsedShare() * topK;
    }

    /**
     * The Brier score of guessing the lapsed share for every customer (a forecast that knows nothing about anyone):
     * the shown probabilities are worth something where their Brier score is below it.
     */
    public double baseRateBrier() {
        double share = lapsedShare();
        return share * (1 - share);
    }
}
