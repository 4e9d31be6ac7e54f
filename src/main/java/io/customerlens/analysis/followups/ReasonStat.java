package io.customerlens.analysis.followups;

import io.customerlens.domain.OutcomeReason;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Why customers stopped: customers whose latest outcome with a reason code has this code, and the sum of
 * the value at stake of those tasks.
 *
 * @param customerKeys exactly the customers counted, so the figure opens the list of them (its size is the count)
 */
public record ReasonStat(OutcomeReason reason, Set<String> customerKeys, BigDecimal lostAmount) {

    public ReasonStat {
        customerKeys = Set.copyOf(customerKeys);
    }

    public long customers() {
        return customerKeys.size();
    }
}
