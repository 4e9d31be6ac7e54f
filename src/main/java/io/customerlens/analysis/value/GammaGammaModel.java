package io.customerlens.analysis.value;

import org.apache.commons.math3.special.Gamma;

import java.util.List;

/**
 * What a purchase day is worth: the Gamma-Gamma model of Fader, Hardie &amp; Lee (2005), "RFM and CLV: using
 * iso-value curves for customer base analysis", Journal of Marketing Research 42(4), as set out in Hardie's note
 * "The Gamma-Gamma model of monetary value" (2013). A customer's purchase values scatter around their own mean
 * with shape p; that mean varies between customers as p·ν with ν ~ Gamma(q, v).
 * <p>
 * The model is for positive amounts. Net amounts include returns and refunds, so a customer's mean can be zero or
 * negative: such customers are left out of the fit and, when estimating, their mean counts as zero (see
 * {@link #expectedSpend}).
 *
 * @param populationMean p·v/(q−1), the mean a customer with no repeat purchase is expected to spend per purchase
 *                       day; when the fit is not reliable, the x-weighted mean of the eligible customers' means
 *                       (0 when there are none)
 * @param reliable       false when fewer than {@value #MIN_CUSTOMERS} customers have a repeat purchase with a
 *                       positive mean, the fit did not converge, or q ≤ 1 (a population mean that is infinite);
 *                       {@link #expectedSpend} then uses the customer's own mean without shrinkage
 */
public record GammaGammaModel(double p, double q, double v, double populationMean, boolean reliable) {

    /** Fewer customers than this leave three parameters poorly determined. */
    public static final int MIN_CUSTOMERS = 10;

    /**
     * Fits p, q and v by maximum likelihood on the customers with x ≥ 1 and a positive mean repeat value (the
     * gamma likelihood has no place for a zero or negative mean). Never throws: with too little data the
     * parameters are those of whatever fit was possible (NaN when none) and the model is flagged unreliable.
     */
    public static GammaGammaModel fit(List<RepeatSummary> customers) {
        List<RepeatSummary> eligible = customers.stream().filter(GammaGammaModel::isEligible).toList();
        double weightedMean = eligible.stream().mapToDouble(c -> c.x() * c.meanRepeatValue()).sum()
                / Math.max(1, eligible.stream().mapToLong(RepeatSummary::x).sum());
        if (eligible.isEmpty()) {
            return new GammaGammaModel(Double.NaN, Double.NaN, Double.NaN, 0, false);
        }
        // p = 1, q = 2 and v = the sample mean put the population mean p·v/(q−1) on the sample mean.
        double[] start = {1, 2, weightedMean};
        LogParameterFit.Result fit = LogParameterFit.maximise(p -> logLikelihood(p[0], p[1], p[2], eligible), start);
        double p = fit.parameters()[0];
        double q = fit.parameters()[1];
        double v = fit.parameters()[2];
        boolean reliable = fit.converged() && q > 1 && eligible.size() >= MIN_CUSTOMERS;
        return new GammaGammaModel(p, q, v, reliable ? p * v / (q - 1) : weightedMean, reliable);
    }

    /**
     * The log-likelihood of the customers' mean values, summed over those with x ≥ 1 and a positive mean:
     * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(x m̄ + v), the density of the
     * mean m̄ of x purchase values (Hardie's note, eq. 1).
     */
    public static double logLikelihood(double p, double q, double v, List<RepeatSummary> customers) {
        double sum = 0;
        for (RepeatSummary customer : customers) {
            if (!isEligible(customer)) {
                continue;
            }
            double px = p * customer.x();
            double mean = customer.meanRepeatValue();
            sum += Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
                    + (px - 1) * Math.log(mean) + px * Math.log(customer.x()) - (px + q) * Math.log(customer.x() * mean + v);
        }
        return sum;
    }

    /**
     * The expected net amount of the customer's future purchase days, E[M | x, m̄] = p(v + x·m̄) / (px + q − 1)
     * for x ≥ 1: a weighted average of the population mean and the customer's own mean, the weight on the latter
     * growing with x. For x = 0 it is the population mean. A zero or negative m̄ enters as 0, pulling the
     * estimate towards zero with the weight of x purchases. When the model is not reliable: the customer's own
     * mean (0 if not positive), or the population mean for x = 0.
     */
    public double expectedSpend(RepeatSummary customer) {
        if (customer.x() == 0) {
            return populationMean;
        }
        double mean = Math.max(0, customer.meanRepeatValue());
        if (!reliable) {
            return mean;
        }
        double px = p * customer.x();
        return p * (v + customer.x() * mean) / (px + q - 1);
    }

    private static boolean isEligible(RepeatSummary customer) {
        return customer.x() >= 1 && customer.meanRepeatValue() > 0;
    }
}
