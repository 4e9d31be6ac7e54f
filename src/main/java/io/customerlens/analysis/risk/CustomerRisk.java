package io.customerlens.analysis.risk;

import java.util.List;

/**
 * One customer's risk at the as-of date: the probability of no purchase in the next H months (NaN where the
 * store's history is too short to learn one), the facts it was computed from and the reasons in words.
 *
 * @param probability      the probability shown: the ranking's ({@link LapseRisk#ranking()})
 * @param modelProbability the learned model's, whether or not it is the ranking (the backtest compares them)
 */
public record CustomerRisk(String customerKey, double probability, double modelProbability, TrackFacts facts,
                           List<RiskReason> reasons) {

    public CustomerRisk {
        reasons = List.copyOf(reasons);
    }

    public boolean known() {
        return !Double.isNaN(probability);
    }
}
