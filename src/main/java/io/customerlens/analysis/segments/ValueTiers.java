package io.customerlens.analysis.segments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ABC value tiers as DEFINITIONS.md defines them: customers by net amount (all history up to A, returns
 * included) descending, ties by key; c = cumulative share before the customer; A if c &lt; a, B if c &lt; b,
 * else C.
 * <p>
 * Shares are taken of the total <em>positive</em> net amount, so that a customer who returned more than
 * they bought cannot push the shares of everyone else above 100 %. Customers whose net amount is ≤ 0 rank
 * last, have c = 1 and are C; on the Pareto curve they add customers but no amount. With no positive
 * amount at all, every customer is therefore C, and the amount shares (Pareto, tiers) are 0.
 * The comparisons c &lt; a are exact (decimal), so a customer starting exactly at 80 % is B.
 */
public final class ValueTiers {

    private record Ranked(String customerKey, BigDecimal netAmount) {
    }

    public ValueTierResult analyse(List<CustomerLines> customers, TierCutoffs cutoffs) {
        List<Ranked> ranked = new ArrayList<>(customers.size());
        for (CustomerLines customer : customers) {
            ranked.add(new Ranked(customer.customerKey(), SegmentAmounts.net(customer.lines())));
        }
        ranked.sort(Comparator.comparing(Ranked::netAmount, Comparator.reverseOrder())
                .thenComparing(Ranked::customerKey));
        BigDecimal positiveTotal = ranked.stream().map(Ranked::netAmount).filter(net -> net.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal aLimit = BigDecimal.valueOf(cutoffs.a()).multiply(positiveTotal);
        BigDecimal bLimit = BigDecimal.valueOf(cutoffs.b()).multiply(positiveTotal);

        List<CustomerTier> tiers = new ArrayList<>(ranked.size());
        List<ParetoPoint> pareto = new ArrayList<>(ranked.size() + 1);
        pareto.add(new ParetoPoint(0, 0));
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < ranked.size(); i++) {
            Ranked customer = ranked.get(i);
            boolean positive = customer.netAmount().signum() > 0;
            ValueTier tier = !positive ? ValueTier.C
                    : before.compareTo(aLimit) < 0 ? ValueTier.A
                    : before.compareTo(bLimit) < 0 ? ValueTier.B
                    : ValueTier.C;
            double shareBefore = positive ? share(before, positiveTotal) : 1.0;
            tiers.add(new CustomerTier(customer.customerKey(), customer.netAmount(), shareBefore, tier));
            if (positive) {
                before = before.add(customer.netAmount());
            }
            pareto.add(new ParetoPoint((double) (i + 1) / ranked.size(), share(before, positiveTotal)));
        }
        return new ValueTierResult(tiers, summaries(tiers, positiveTotal), pareto);
    }

    private static List<TierSummary> summaries(List<CustomerTier> customers, BigDecimal positiveTotal) {
        List<TierSummary> summaries = new ArrayList<>(3);
        for (ValueTier tier : ValueTier.values()) {
            List<CustomerTier> in = customers.stream().filter(c -> c.tier() == tier).toList();
            BigDecimal net = in.stream().map(CustomerTier::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            summaries.add(new TierSummary(tier, in.size(), net, share(net, positiveTotal)));
        }
        return summaries;
    }

    /** part / total as a double, 0 when the total is 0. */
    private static double share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? 0 : part.divide(total, MathContext.DECIMAL64).doubleValue();
    }
}
