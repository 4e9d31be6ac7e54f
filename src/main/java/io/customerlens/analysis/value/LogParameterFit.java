package io.customerlens.analysis.value;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Maximum likelihood over strictly positive parameters: Nelder–Mead (commons-math) on their logarithms, so the
 * search is unconstrained and a step means the same relative change whatever a parameter's scale. The simplex is
 * restarted from its own optimum until a restart no longer improves it, the usual cure for a simplex that has
 * collapsed early.
 */
final class LogParameterFit {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 5;
    private static final double TOLERANCE = 1e-10;
    /** exp(±30) spans every plausible parameter; beyond it the likelihood is treated as impossible. */
    private static final double MAX_LOG = 30;

    /**
     * @param parameters    the parameters at the best point found
     * @param logLikelihood the log-likelihood there
     * @param converged     false when the evaluation budget ran out or nothing finite was found
     */
    record Result(double[] parameters, double logLikelihood, boolean converged) {
    }

    private LogParameterFit() {
    }

    /**
     * @param logLikelihood the function to maximise; it may return −∞ or NaN where the parameters are impossible
     * @param start         a strictly positive starting point
     */
    static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        Best best = new Best(start.length);
        ObjectiveFunction negated = new ObjectiveFunction(logs -> best.offer(logs, logLikelihood));
        double[] guess = Arrays.stream(start).map(Math::log).toArray();
        boolean converged = true;
        try {
            double previous = Double.NEGATIVE_INFINITY;
            for (int round = 0; round <= MAX_RESTARTS; round++) {
                PointValuePair optimum = new SimplexOptimizer(TOLERANCE, TOLERANCE).optimize(
                        new MaxEval(MAX_EVALUATIONS), negated, GoalType.MINIMIZE,
                        new InitialGuess(guess), new NelderMeadSimplex(start.length, round == 0 ? 1.0 : 0.1));
                guess = optimum.getPoint();
                double value = -optimum.getValue();
                if (Math.abs(value - previous) <= TOLERANCE * Math.max(1, Math.abs(value))) {
                    break;
                }
                previous = value;
            }
        } catch (TooManyEvaluationsException budgetSpent) {
            converged = false;
        }
        double[] parameters = Arrays.stream(best.logs).map(Math::exp).toArray();
        return new Result(parameters, best.value, converged && Double.isFinite(best.value));
    }

    /** The best point seen, kept so that a run cut short by the evaluation budget still yields its best guess. */
    private static final class Best {
        private final double[] logs;
        private double value = Double.NEGATIVE_INFINITY;

        Best(int dimension) {
            logs = new double[dimension];
            Arrays.fill(logs, Double.NaN);
        }

        double offer(double[] candidateLogs, ToDoubleFunction<double[]> logLikelihood) {
            for (double log : candidateLogs) {
                if (!(Math.abs(log) <= MAX_LOG)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double candidate = logLikelihood.applyAsDouble(Arrays.stream(candidateLogs).map(Math::exp).toArray());
            if (!Double.isFinite(candidate)) {
                return Double.POSITIVE_INFINITY;
            }
            if (candidate > value) {
                value = candidate;
                System.arraycopy(candidateLogs, 0, logs, 0, logs.length);
            }
            return -candidate;
        }
    }
}
