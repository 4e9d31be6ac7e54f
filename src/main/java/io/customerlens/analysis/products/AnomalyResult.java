package io.customerlens.analysis.products;

import java.util.List;

/** Every complete month checked (oldest first) and the flagged ones. */
public record AnomalyResult(AnomalyRule rule, List<MonthCheck> months, List<SalesAnomaly> anomalies) {

    public AnomalyResult {
        months = List.copyOf(months);
        anomalies = List.copyOf(anomalies);
    }
}
