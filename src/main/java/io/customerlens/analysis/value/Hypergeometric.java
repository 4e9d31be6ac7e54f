package io.customerlens.analysis.value;

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1, which commons-math does not provide.
 * Summed as its power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ (Abramowitz &amp; Stegun 15.1.1), each term got from the
 * one before by the ratio (a + n)(b + n) z / ((c + n)(n + 1)).
 */
final class Hypergeometric {

    /** Far more terms than any 12-month horizon needs after Euler's transformation; a guard, not a budget. */
    private static final int MAX_TERMS = 100_000;
    private static final double RELATIVE_TOLERANCE = 1e-15;

    private Hypergeometric() {
    }

    /** @throws ArithmeticException when the series has not converged within the guard's number of terms */
    static double f21(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("the series is summed only for 0 ≤ z < 1: " + z);
        }
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) * z / ((c + n) * (n + 1));
            term *= ratio;
            sum += term;
            if (term == 0) {
                return sum;
            }
            // The ratio tends to z, from above or below: with every later ratio at most bound < 1 the rest of the
            // series is below |term| × bound / (1 − bound).
            double bound = Math.max(z, Math.abs((a + n + 1) * (b + n + 1) * z / ((c + n + 1) * (n + 2))));
            if (bound < 1 && Math.abs(term) * bound / (1 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms");
    }
}
