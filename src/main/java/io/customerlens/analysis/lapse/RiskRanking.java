package io.customerlens.analysis.lapse;

/** A way to rank customers by risk of buying nothing over a horizon: the higher the score, the riskier. */
public sealed interface RiskRanking permits RiskModel, RecencyRanking, SurvivalRanking {

    /**
     * @param typicalDays the customer's typical interval (null when nobody in the data has a cadence)
     */
    double score(long daysSinceLast, Double typicalDays, long horizonDays);

    /** A stable one-word name, printed by the backtest and used for the ranking's description. */
    String name();
}
