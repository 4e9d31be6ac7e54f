package io.customerlens.service.followups;

import io.customerlens.analysis.lapse.Cadence;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.service.lapse.LapseData;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The value at stake of a task made by hand: the same monthly amount at stake generated tasks carry. */
final class ManualValue {

    private ManualValue() {
    }

    static BigDecimal of(LapseData data, String customerKey) {
        return of(data, List.of(customerKey)).getOrDefault(customerKey, BigDecimal.ZERO);
    }

    /** The amounts of several customers in one pass over the histories; a customer without one is left out. */
    static Map<String, BigDecimal> of(LapseData data, Collection<String> customerKeys) {
        Map<String, BigDecimal> values = new HashMap<>();
        if (data.isEmpty()) {
            return values;
        }
        Set<String> wanted = new HashSet<>(customerKeys);
        data.histories().stream().filter(history -> wanted.contains(history.customerKey()))
                // Only the history matters for the amount at stake; the cadence and risk are not looked at.
                .forEach(history -> values.put(history.customerKey(), new CustomerLapse(history, data.asOf(),
                        LapseWindow.DEFAULT, List.of(), Cadence.UNKNOWN, RiskLevel.OK, 0).monthlyAmountAtStake()));
        return values;
    }
}
