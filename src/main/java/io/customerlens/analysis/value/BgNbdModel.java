package io.customerlens.analysis.value;

import java.util.List;

/**
 * How often customers come back, and whether they still will: the BG/NBD model of Fader, Hardie &amp; Lee (2005),
 * "Counting your customers the easy way", Marketing Science 24(2). While alive a customer buys at random at rate
 * λ ~ Gamma(r, α); after every purchase the customer drops out with probability p ~ Beta(a, b), silently.
 * <p>
 * Time is in days: α is a scale in days and every rate is per day (the paper measures weeks; the fit starts from
 * the data's own purchase rate, so the unit does not matter to the optimiser, and α in weeks is α / 7).
 *
 * @param reliable false when the fit rests on too little data (fewer than {@value #MIN_CUSTOMERS} customers), did
 *                 not converge, or was replaced by the fallback because nobody bought twice; the figures are
 *                 still usable as rough values but should be shown as such
 */
public record BgNbdModel(double r, double alpha, double a, double b, boolean reliable) {

    /** Fewer customers than this leave four parameters poorly determined. */
    public static final int MIN_CUSTOMERS = 10;

    /**
     * The dropout prior used when nobody bought twice: mean p = a / (a + b) = 0.25, about what CDNOW gives
     * (0.793 / 3.219), with a = 2 so that the expectation's 1 / (a − 1) stays well away from its pole.
     */
    static final double FALLBACK_A = 2;
    static final double FALLBACK_B = 6;

    public BgNbdModel {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive: r = " + r + ", alpha = " + alpha
                    + ", a = " + a + ", b = " + b);
        }
    }

    /**
     * Fits r, α, a and b by maximum likelihood. Never throws for want of data: with nobody buying twice the
     * likelihood has no maximum (α grows without bound), so the model falls back to r = 1 and α = the customers'
     * total observed days (a pooled rate of one repeat purchase over all the time observed) with the fallback
     * dropout prior, flagged unreliable; an empty list gets the same with α = 365.25 days.
     */
    public static BgNbdModel fit(List<RepeatSummary> customers) {
        long repeatPurchases = customers.stream().mapToLong(RepeatSummary::x).sum();
        double observedDays = customers.stream().mapToDouble(RepeatSummary::T).sum();
        if (repeatPurchases == 0 || observedDays <= 0) {
            double alpha = observedDays > 0 ? observedDays : CustomerValues.YEAR_DAYS;
            return new BgNbdModel(1, alpha, FALLBACK_A, FALLBACK_B, false);
        }
        // Start where a Poisson fit would be (rate = purchases / time) with no particular view on dropout.
        double[] start = {1, observedDays / repeatPurchases, 1, 1};
        LogParameterFit.Result fit = LogParameterFit.maximise(
                p -> BgNbdLikelihood.total(p[0], p[1], p[2], p[3], customers), start);
        double[] p = fit.parameters();
        if (!fit.converged() && !Double.isFinite(fit.logLikelihood())) {
            return new BgNbdModel(1, observedDays / repeatPurchases, FALLBACK_A, FALLBACK_B, false);
        }
        return new BgNbdModel(p[0], p[1], p[2], p[3], fit.converged() && customers.size() >= MIN_CUSTOMERS);
    }

    /** The log-likelihood of these customers under this model, time in days (eq. 6 of the paper, summed). */
    public double logLikelihood(List<RepeatSummary> customers) {
        return BgNbdLikelihood.total(r, alpha, a, b, customers);
    }

    /**
     * P(alive at T | x, tx, T) = 1 / (1 + δ(x&gt;0) · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)) (Fader, Hardie &amp; Lee,
     * "Computing P(alive) using the BG/NBD model", 2008).
     * A customer who never came back is alive for sure: dropout happens only right after a purchase.
     */
    public double probabilityAlive(RepeatSummary customer) {
        int x = customer.x();
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + customer.T()) / (alpha + customer.tx()));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * P(no purchase within the next horizonDays) = 1 − P(alive) · (1 − ((α+T)/(α+T+H))^(r+x)). Exact under BG/NBD:
     * an alive customer can drop out only at a purchase, so buying nothing in H means being dead already or having
     * a first waiting time past H, whose chance given the history is ((α+T)/(α+T+H))^(r+x).
     */
    public double probabilityNoPurchase(RepeatSummary customer, double horizonDays) {
        double noPurchaseIfAlive = Math.pow((alpha + customer.T()) / (alpha + customer.T() + horizonDays),
                r + customer.x());
        return 1 - probabilityAlive(customer) * (1 - noPurchaseIfAlive);
    }

    /**
     * Expected repeat purchases in the next days, given the history: FHL (2005) eq. 10,
     * <pre>
     * E[Y(t) | x, tx, T] = P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
     * </pre>
     * with ₂F₁ rewritten by Euler's transformation (Abramowitz &amp; Stegun 15.3.3),
     * ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z), which turns the bracket into
     * 1 − (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; a+b+x−1; z): a series whose terms shrink fast even for frequent buyers
     * and long horizons, where the original one first grows like ((α+T+t)/(α+T))^(r+x).
     */
    public double expectedPurchases(RepeatSummary customer, double days) {
        if (days <= 0) {
            return 0;
        }
        int x = customer.x();
        // a = 1 is a removable pole of (a+b+x−1)/(a−1) · [...]; a nudge off it costs ~1e-9 of relative accuracy.
        double aa = Math.abs(a - 1) < 1e-7 ? 1 + 1e-7 : a;
        double c = aa + b + x - 1;
        double z = days / (alpha + customer.T() + days);
        double series;
        try {
            series = Hypergeometric.f21(aa + b - 1 - r, aa - 1, c, z);
        } catch (ArithmeticException notConverging) {
            // Fits at the edge of the parameter space (r and α in the millions: every customer the same rate) make
            // the series crawl. Then the customer is taken to keep their pace for the whole period if alive now:
            // P(alive) × E[λ | alive] × t, which leaves out only drop-outs during the period (docs/definitions.md).
            return probabilityAlive(customer) * expectedRate(customer) * days;
        }
        double bracket = 1 - Math.pow(1 - z, aa - 1) * series;
        return probabilityAlive(customer) * c / (aa - 1) * bracket;
    }

    /**
     * The customer's expected purchase rate per day while still alive, E[λ | x, T, alive] = (r+x)/(α+T): the
     * gamma prior updated by x purchases in T days. It is the pace the customer buys at as long as they stay, the
     * base of "the value the customer brings while active"; weighting it by P(alive) is the caller's choice.
     */
    public double expectedRate(RepeatSummary customer) {
        return (r + customer.x()) / (alpha + customer.T());
    }
}
