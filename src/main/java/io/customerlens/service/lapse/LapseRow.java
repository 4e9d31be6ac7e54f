package io.customerlens.service.lapse;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.domain.CustomerInfo;

/**
 * A customer's lapse figures with its attributes, as the Lapse view lists it.
 *
 * @param risk the customer's chance of no order in the next N months, with the reasons in words
 */
public record LapseRow(CustomerLapse lapse, CustomerInfo info, CustomerRisk risk) {

    public String key() {
        return lapse.customerKey();
    }

    /** The customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? key() : info.name();
    }
}
