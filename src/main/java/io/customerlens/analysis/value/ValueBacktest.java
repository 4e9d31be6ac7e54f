package io.customerlens.analysis.value;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

import java.util.List;
import java.util.Map;

/**
 * Proof that the value estimate is worth ranking by: at a past cut-off C, estimate every customer's value of the
 * next 12 months from purchases up to C only, then compare with the net amount each really brought in the 12
 * months after C — and with the naive guess "the next 12 months bring what the last 12 did". Pure.
 *
 * @param customers       customers with a purchase on or before the cut-off
 * @param modelError      mean absolute error of value_12m against the actual net amount
 * @param naiveError      the same for the naive guess
 * @param predictedTotal  the sum of every customer's value_12m
 * @param actualTotal     the sum of what they really brought
 * @param modelRankAgreement Spearman's rank correlation of value_12m with the actual amount
 * @param naiveRankAgreement the same for the naive guess
 */
public record ValueBacktest(int customers, double modelError, double naiveError, double predictedTotal,
                            double actualTotal, double modelRankAgreement, double naiveRankAgreement) {

    /**
     * @param values   every customer's estimate at the cut-off, by key
     * @param actual   the net amount each brought in the 12 months after the cut-off (absent = nothing)
     * @param previous the net amount each brought in the 12 months up to the cut-off (absent = nothing)
     */
    public static ValueBacktest of(List<CustomerValue> values, Map<String, Double> actual, Map<String, Double> previous) {
        int n = values.size();
        double[] model = new double[n];
        double[] naive = new double[n];
        double[] truth = new double[n];
        double modelError = 0;
        double naiveError = 0;
        double predictedTotal = 0;
        double actualTotal = 0;
        for (int i = 0; i < n; i++) {
            CustomerValue value = values.get(i);
            model[i] = value.value12m();
            naive[i] = previous.getOrDefault(value.customerKey(), 0.0);
            truth[i] = actual.getOrDefault(value.customerKey(), 0.0);
            modelError += Math.abs(model[i] - truth[i]);
            naiveError += Math.abs(naive[i] - truth[i]);
            predictedTotal += model[i];
            actualTotal += truth[i];
        }
        return new ValueBacktest(n, n == 0 ? Double.NaN : modelError / n, n == 0 ? Double.NaN : naiveError / n,
                predictedTotal, actualTotal, rankAgreement(model, truth), rankAgreement(naive, truth));
    }

    /** Spearman's ρ; NaN for fewer than two customers. */
    private static double rankAgreement(double[] estimate, double[] truth) {
        return estimate.length < 2 ? Double.NaN : new SpearmansCorrelation().correlation(estimate, truth);
    }
}
