package io.customerlens.report;

import java.math.BigDecimal;

/**
 * A customer's lapse risk and value as customers.csv writes them: the chance of no order in the next N months
 * (0–1), the expected net amount of the next 12 months and the value at risk; null leaves a column empty.
 */
public record RiskColumns(Double lapseProbability, BigDecimal value12m, BigDecimal valueAtRisk) {

    public static final RiskColumns NONE = new RiskColumns(null, null, null);
}
