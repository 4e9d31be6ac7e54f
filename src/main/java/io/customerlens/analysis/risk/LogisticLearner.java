package io.customerlens.analysis.risk;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Fits an L2-regularised logistic regression with LIBLINEAR (liblinear-java, BSD licence): inputs are
 * standardised first, so one regularisation strength C suits every store, and the intercept is not penalised.
 */
public final class LogisticLearner {

    /** Inverse regularisation strength: mild, the data has tens of thousands of examples and few inputs. */
    public static final double C = 1.0;
    /** LIBLINEAR's own default stopping tolerance for this solver: stricter costs minutes on near-separable data. */
    private static final double TOLERANCE = 0.01;

    static {
        // The library prints its progress on standard output unless told not to: once, for the whole process.
        Linear.disableDebugOutput();
    }

    /**
     * @param rows   one input row per example, every row as long
     * @param events true where the event (no purchase over the horizon) happened
     * @throws IllegalArgumentException when there are no rows or every example has the same outcome
     */
    public LogisticModel fit(double[][] rows, boolean[] events) {
        return fit(rows, events, null);
    }

    /**
     * The same, with the solver starting from {@code start}'s weights: a model of nearly the same examples (the
     * next cut-off's) converges in a step or two instead of several. The result is the same optimum, within the
     * solver's tolerance.
     *
     * @param start a model over the same inputs, or null to start from zero
     */
    public LogisticModel fit(double[][] rows, boolean[] events, LogisticModel start) {
        if (rows.length == 0 || rows.length != events.length) {
            throw new IllegalArgumentException("a logistic fit needs examples, one outcome each");
        }
        int inputs = rows[0].length;
        double[] means = new double[inputs];
        double[] scales = new double[inputs];
        standardisation(rows, means, scales);

        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = inputs + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.length][];
        problem.y = new double[rows.length];
        boolean anyEvent = false;
        boolean anyOther = false;
        for (int i = 0; i < rows.length; i++) {
            Feature[] features = new Feature[inputs + 1];
            for (int j = 0; j < inputs; j++) {
                features[j] = new FeatureNode(j + 1, (rows[i][j] - means[j]) / scales[j]);
            }
            features[inputs] = new FeatureNode(inputs + 1, problem.bias);
            problem.x[i] = features;
            problem.y[i] = events[i] ? 1 : 0;
            anyEvent |= events[i];
            anyOther |= !events[i];
        }
        if (!anyEvent || !anyOther) {
            throw new IllegalArgumentException("a logistic fit needs examples of both outcomes");
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, C, TOLERANCE);
        parameter.setRegularizeBias(false);
        if (start != null && start.inputs() == inputs) {
            // LIBLINEAR's weights are for its first label, which is the first example's outcome.
            double sign = events[0] ? 1 : -1;
            double[] initial = new double[inputs + 1];
            for (int j = 0; j < inputs; j++) {
                initial[j] = sign * start.weight(j);
            }
            initial[inputs] = sign * start.bias();
            parameter.setInitSol(initial);
        }
        Model model = Linear.train(problem, parameter);
        double[] trained = model.getFeatureWeights();
        // The weights are for the model's first label; turn them round when that label is "no event".
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[inputs];
        for (int j = 0; j < inputs; j++) {
            weights[j] = sign * trained[j];
        }
        return new LogisticModel(means, scales, weights, sign * trained[inputs] * problem.bias);
    }

    private static void standardisation(double[][] rows, double[] means, double[] scales) {
        int inputs = means.length;
        for (double[] row : rows) {
            for (int j = 0; j < inputs; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < inputs; j++) {
            means[j] /= rows.length;
        }
        for (double[] row : rows) {
            for (int j = 0; j < inputs; j++) {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]);
            }
        }
        for (int j = 0; j < inputs; j++) {
            double deviation = Math.sqrt(scales[j] / rows.length);
            // A constant input (an attribute every training customer shares) carries nothing: scale 1, weight ~0.
            scales[j] = deviation > 1e-12 ? deviation : 1;
        }
    }
}
