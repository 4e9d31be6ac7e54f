package io.customerlens.service.followups;

import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.followups.GenerationPlan;
import io.customerlens.domain.CustomerInfo;

import java.util.Map;

/**
 * A generation plan with the attributes of its customers and their lapse risk (chance and reasons in words), for the
 * preview before anything is created.
 */
public record GenerationPreview(GenerationPlan plan, Map<String, CustomerInfo> infos, LapseRisk risk) {

    public GenerationPreview {
        infos = Map.copyOf(infos);
    }

    /** The customer's chance of no order and its reasons; unknown for a customer the analysis does not know. */
    public CustomerRisk riskOf(String customerKey) {
        return risk.of(customerKey);
    }

    public CustomerInfo infoOf(String customerKey) {
        return infos.getOrDefault(customerKey, CustomerInfo.EMPTY);
    }

    /** The customer's name, else its key. */
    public String displayName(String customerKey) {
        String name = infoOf(customerKey).name();
        return name == null || name.isBlank() ? customerKey : name;
    }
}
