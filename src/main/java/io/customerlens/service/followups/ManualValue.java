package io.customerlens.service.followups;

import io.customerlens.analysis.lapse.Cadence;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.service.lapse.LapseData;

import java.math.BigDecimal;
import java.util.List;

/** The value at stake of a task made by hand: the same monthly amount at stake generated tasks carry. */
final class ManualValue {

    private ManualValue() {
    }

    static BigDecimal of(LapseData data, String customerKey) {
        if (data.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return data.histories().stream().filter(history -> history.customerKey().equals(customerKey)).findFirst()
                // Only the history matters for the amount at stake; the cadence and risk are not looked at.
                .map(history -> new CustomerLapse(history, data.asOf(), LapseWindow.DEFAULT, List.of(), Cadence.UNKNOWN,
                        RiskLevel.OK, 0).monthlyAmountAtStake())
                .orElse(BigDecimal.ZERO);
    }
}
