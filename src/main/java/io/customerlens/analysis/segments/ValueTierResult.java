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
}
