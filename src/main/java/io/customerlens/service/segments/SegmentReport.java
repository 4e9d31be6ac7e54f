package io.customerlens.service.segments;

import io.customerlens.analysis.segments.AttributeSegment;
import io.customerlens.analysis.segments.Cohort;
import io.customerlens.analysis.segments.KeyAccountResult;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.MonthlyAmount;
import io.customerlens.analysis.segments.RfmResult;
import io.customerlens.analysis.segments.ValueTierResult;
import io.customerlens.domain.CustomerAttribute;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the Segments page and the export show for one as-of date and set of options.
 *
 * @param monthlyAmounts each customer under the simple key-account rule: average monthly net amount over
 *                       the last 12 months, and whether it reaches the threshold (2,000)
 */
public record SegmentReport(LocalDate asOf, SegmentOptions options, RfmResult rfm, ValueTierResult valueTiers,
                            KeyAccountResult keyAccounts, List<LifecycleCount> lifecycle, List<Cohort> cohorts,
                            Map<CustomerAttribute, List<AttributeSegment>> attributes, List<SegmentRow> customers,
                            Map<String, MonthlyAmount> monthlyAmounts) {

    public SegmentReport {
        lifecycle = List.copyOf(lifecycle);
        cohorts = List.copyOf(cohorts);
        attributes = Map.copyOf(attributes);
        customers = List.copyOf(customers);
        monthlyAmounts = Map.copyOf(monthlyAmounts);
    }
}
