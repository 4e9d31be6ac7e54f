package io.customerlens.analysis.value;

import java.util.List;

/**
 * Every customer's value estimate from one pair of models fitted on all the customers: BG/NBD for how many
 * purchase days are coming, Gamma-Gamma for what each is worth (docs/definitions.md, "Customer value").
 * The two are fitted independently, as Fader, Hardie &amp; Lee do, on the assumption that how often a customer
 * buys says nothing about how much they spend per purchase.
 *
 * @param purchaseModel the fitted BG/NBD model
 * @param spendModel    the fitted Gamma-Gamma model
 * @param values        one estimate per customer, in the order given
 */
public record CustomerValues(BgNbdModel purchaseModel, GammaGammaModel spendModel, List<CustomerValue> values) {

    /** The 12 months of the estimates, in days: a year of the Gregorian calendar on average. */
    public static final double YEAR_DAYS = 365.25;

    public CustomerValues {
        values = List.copyOf(values);
    }

    /** Fits both models on these customers and estimates each one's value; never throws for want of data. */
    public static CustomerValues estimate(List<RepeatSummary> customers) {
        BgNbdModel purchases = BgNbdModel.fit(customers);
        GammaGammaModel spend = GammaGammaModel.fit(customers);
        List<CustomerValue> values = customers.stream().map(c -> valueOf(c, purchases, spend)).toList();
        return new CustomerValues(purchases, spend, values);
    }

    /** True when both fits rest on enough data; otherwise the figures are rough and should be shown as such. */
    public boolean reliable() {
        return purchaseModel.reliable() && spendModel.reliable();
    }

    private static CustomerValue valueOf(RepeatSummary customer, BgNbdModel purchases, GammaGammaModel spend) {
        double expectedPurchases = purchases.expectedPurchases(customer, YEAR_DAYS);
        double perPurchase = spend.expectedSpend(customer);
        double activePurchases = purchases.expectedRate(customer) * YEAR_DAYS;
        return new CustomerValue(customer.customerKey(), purchases.probabilityAlive(customer), expectedPurchases,
                perPurchase, expectedPurchases * perPurchase, activePurchases * perPurchase);
    }
}
