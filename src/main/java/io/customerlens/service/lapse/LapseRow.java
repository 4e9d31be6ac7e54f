package io.customerlens.service.lapse;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.value.CustomerValue;
import io.customerlens.domain.CustomerInfo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A customer's lapse figures with its attributes, as the Lapse view lists it.
 *
 * @param risk  the customer's chance of no order in the next N months, with the reasons in words
 * @param value the customer's value over the next 12 months; null for a customer without a purchase by the as-of date
 */
public record LapseRow(CustomerLapse lapse, CustomerInfo info, CustomerRisk risk, CustomerValue value) {

    /** Constructs a row whose risk and value are unknown (tests and lists that do not need them). */
    public LapseRow(CustomerLapse lapse, CustomerInfo info) {
        this(lapse, info, new CustomerRisk(lapse.customerKey(), Double.NaN, Double.NaN, null, java.util.List.of()), null);
    }

    /**
     * The value at risk (docs/definitions.md, "Value at risk"): the chance of no order in the next N months × what
     * the customer brings in a year while active; null when either is unknown.
     */
    public BigDecimal valueAtRisk() {
        if (!risk.known() || value == null || !Double.isFinite(value.activeValue12m())) {
            return null;
        }
        return money(value.valueAtRisk(risk.probability()));
    }

    /** The expected net amount of the next 12 months; null when unknown. */
    public BigDecimal value12m() {
        return value == null || !Double.isFinite(value.value12m()) ? null : money(value.value12m());
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    public String key() {
        return lapse.customerKey();
    }

    /** The customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? key() : info.name();
    }
}
