package io.customerlens.analysis.segments;

import java.util.List;

/**
 * Value tiers: the customers in rank order, the three tiers (A, B, C, all listed), and the Pareto curve
 * from (0, 0), one point per customer.
 */
public record ValueTierResult(List<CustomerTier> customers, List<TierSummary> tiers, List<ParetoPoint> pareto) {

    public ValueTierResult {
        customers = List.copyOf(customers);
        tiers = List.copyOf(tiers);
        pareto = List.copyOf(pareto);
    }

    /**
     * The share of net amount the top {@code customerShare} of customers bring: the curve at its last
     * point at or below that share (the top 10 % of 25 customers are the top 2).
     */
    public double amountShareOfTop(double customerShare) {
        double share = 0;
        for (ParetoPoint point : pareto) {
            if (point.customerShare() <= customerShare + 1e-9) {
                share = point.amountShare();
            }
        }
        return share;
    }
}
