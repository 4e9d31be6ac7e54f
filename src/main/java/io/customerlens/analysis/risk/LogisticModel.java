package io.customerlens.analysis.risk;

/**
 * A fitted logistic regression over standardised inputs: P(lapse) = 1 / (1 + e^−(b + Σ wⱼ zⱼ)) with
 * zⱼ = (xⱼ − meanⱼ) ÷ scaleⱼ. Because the inputs are centred on the training average, wⱼ zⱼ is how far input j
 * moves this customer's log-odds away from an average customer's: the contributions the reasons are chosen by.
 */
public final class LogisticModel {

    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final double bias;

    LogisticModel(double[] means, double[] scales, double[] weights, double bias) {
        if (means.length != scales.length || means.length != weights.length) {
            throw new IllegalArgumentException("means, scales and weights must have one entry per input");
        }
        this.means = means.clone();
        this.scales = scales.clone();
        this.weights = weights.clone();
        this.bias = bias;
    }

    public int inputs() {
        return weights.length;
    }

    /** The probability of the event (no purchase over the horizon) for an input row. */
    public double probability(double[] row) {
        return 1 / (1 + Math.exp(-logit(row)));
    }

    /** The log-odds of the event for an input row. */
    public double logit(double[] row) {
        double logit = bias;
        for (int j = 0; j < weights.length; j++) {
            logit += weights[j] * (row[j] - means[j]) / scales[j];
        }
        return logit;
    }

    /** Each input's share of the log-odds, against an average customer of the training data. */
    public double[] contributions(double[] row) {
        double[] contributions = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            contributions[j] = weights[j] * (row[j] - means[j]) / scales[j];
        }
        return contributions;
    }

    /** The intercept: the log-odds of an average training customer. */
    public double bias() {
        return bias;
    }

    /** The weight of input j per standard deviation (positive: more of it, more risk). */
    public double weight(int input) {
        return weights[input];
    }
}
