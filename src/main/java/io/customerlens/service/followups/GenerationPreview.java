package io.customerlens.service.followups;

import io.customerlens.analysis.followups.GenerationPlan;
import io.customerlens.domain.CustomerInfo;

import java.util.Map;

/** A generation plan with the attributes of its customers, for the preview before anything is created. */
public record GenerationPreview(GenerationPlan plan, Map<String, CustomerInfo> infos) {

    public GenerationPreview {
        infos = Map.copyOf(infos);
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
