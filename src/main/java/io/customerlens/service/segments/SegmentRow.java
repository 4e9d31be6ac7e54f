package io.customerlens.service.segments;

import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.ValueTier;
import io.customerlens.domain.CustomerInfo;

/**
 * One customer's segments.
 *
 * @param rfm null when the customer has no purchase in the RFM window (the last 12 months option)
 */
public record SegmentRow(String key, CustomerInfo info, CustomerRfm rfm, ValueTier valueTier,
                         CustomerKeyAccount keyAccount, LifecycleStage lifecycle) {

    public String displayName() {
        return info.name() == null || info.name().isBlank() ? key : info.name();
    }
}
