package io.customerlens.analysis.value;

/**
 * One customer's value estimate over the next 12 months (365.25 days); amounts are net, in the data's currency.
 *
 * @param probabilityAlive     P(the customer still buys at all) under BG/NBD
 * @param expectedPurchases12m expected purchase days in the next 12 months, P(alive) included
 * @param expectedSpend        expected net amount per purchase day (Gamma-Gamma)
 * @param value12m             expectedPurchases12m × expectedSpend: what the next 12 months are expected to bring
 * @param activeValue12m       expected rate while alive × 365.25 × expectedSpend: what a year brings as long as
 *                             the customer stays, the amount lost if the customer lapses
 */
public record CustomerValue(String customerKey, double probabilityAlive, double expectedPurchases12m,
                            double expectedSpend, double value12m, double activeValue12m) {

    /** The value at risk: the chance of a lapse, from whichever lapse model the caller trusts, times the active value. */
    public double valueAtRisk(double lapseProbability) {
        if (!(lapseProbability >= 0 && lapseProbability <= 1)) {
            throw new IllegalArgumentException("a probability lies in [0, 1]: " + lapseProbability);
        }
        return lapseProbability * activeValue12m;
    }
}
