package io.customerlens.analysis.value;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

import java.util.List;

/**
 * The BG/NBD log-likelihood of one customer, Fader, Hardie &amp; Lee (2005) eq. 6:
 * <pre>
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))                        still alive at T
 *   + δ(x&gt;0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+tx)^(r+x))       dropped out right after tx
 * </pre>
 * summed in logs (log-sum-exp) so that customers with many purchases neither overflow nor underflow.
 */
final class BgNbdLikelihood {

    private BgNbdLikelihood() {
    }

    static double total(double r, double alpha, double a, double b, List<RepeatSummary> customers) {
        double sum = 0;
        for (RepeatSummary customer : customers) {
            sum += of(r, alpha, a, b, customer);
        }
        return sum;
    }

    static double of(double r, double alpha, double a, double b, RepeatSummary customer) {
        int x = customer.x();
        double purchases = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double logBetaAB = Beta.logBeta(a, b);
        double stillAlive = Beta.logBeta(a, b + x) - logBetaAB - (r + x) * Math.log(alpha + customer.T());
        if (x == 0) {
            return purchases + stillAlive;
        }
        double droppedOut = Beta.logBeta(a + 1, b + x - 1) - logBetaAB - (r + x) * Math.log(alpha + customer.tx());
        double larger = Math.max(stillAlive, droppedOut);
        return purchases + larger + Math.log(Math.exp(stillAlive - larger) + Math.exp(droppedOut - larger));
    }
}
