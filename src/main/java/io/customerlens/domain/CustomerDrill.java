package io.customerlens.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The customers behind one figure, named as the figure is ("RFM: 重要挽留客户", "2025-03 流失"): what the customer
 * list shows when the user clicks the figure. The keys are taken from the result the figure was counted from, so
 * the list's count equals the figure.
 *
 * @param label        the figure's name, in the user's language, shown on the list's filter chip
 * @param customerKeys exactly the customers the figure counts
 */
public record CustomerDrill(String label, Set<String> customerKeys) {

    public CustomerDrill {
        Objects.requireNonNull(label, "label");
        customerKeys = Set.copyOf(customerKeys);
    }

    public boolean contains(String customerKey) {
        return customerKeys.contains(customerKey);
    }

    public int size() {
        return customerKeys.size();
    }
}
