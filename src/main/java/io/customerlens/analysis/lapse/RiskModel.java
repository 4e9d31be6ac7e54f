package io.customerlens.analysis.lapse;

/**
 * Ranks customers by how likely they are to buy nothing over a coming horizon, from two facts: days
 * since the last purchase d and the typical interval μ (docs/definitions.md, "Risk ranking").
 * <p>
 * The model is the one behind BG/NBD-style "is this customer still alive" scores, kept small: while
 * alive a customer buys at random at rate 1/μ; after a purchase the customer may have quietly stopped
 * with prior probability q. Having seen d silent days, P(alive) = (1 − q)e^(−d/μ) / ((1 − q)e^(−d/μ) + q),
 * and the score is P(no purchase within H days) = 1 − P(alive) × (1 − e^(−H/μ)). A silence long for
 * the customer's own cadence lowers P(alive); a slow cadence lowers the chance of a purchase within
 * H even while alive. For equal μ the ranking is the recency ranking.
 */
public record RiskModel(double churnPrior) implements RiskRanking {

    /** The stop probability q used unless the data says otherwise; see the backtest in docs/definitions.md. */
    public static final RiskModel DEFAULT = new RiskModel(0.3);

    public RiskModel {
        if (!(churnPrior > 0 && churnPrior < 1)) {
            throw new IllegalArgumentException("the churn prior must lie strictly between 0 and 1: " + churnPrior);
        }
    }

    /**
     * @param typicalDays the customer's typical interval; null when the data gives nobody a cadence,
     *                    in which case the horizon stands in for it and the score follows recency
     */
    @Override
    public double score(long daysSinceLast, Double typicalDays, long horizonDays) {
        double mu = typicalDays == null ? horizonDays : Math.max(1.0, typicalDays);
        double logitAlive = Math.log((1 - churnPrior) / churnPrior) - daysSinceLast / mu;
        double alive = 1 / (1 + Math.exp(-logitAlive));
        double buysIfAlive = 1 - Math.exp(-horizonDays / mu);
        return 1 - alive * buysIfAlive;
    }

    @Override
    public String name() {
        return "alive_model";
    }
}
