package io.customerlens.service.segments;

import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.domain.CustomerInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The store read once for an as-of date: each customer's lines and purchase history, and attributes.
 * Changing a threshold or a weight recomputes from this without reading the store again.
 *
 * @param asOf null when the store holds no line
 */
public record SegmentData(LocalDate asOf, List<CustomerLines> customers, List<PurchaseHistory> histories,
                          Map<String, CustomerInfo> infos) {

    public static final SegmentData EMPTY = new SegmentData(null, List.of(), List.of(), Map.of());

    public SegmentData {
        customers = List.copyOf(customers);
        histories = List.copyOf(histories);
        infos = Map.copyOf(infos);
    }

    public boolean isEmpty() {
        return asOf == null;
    }

    public CustomerInfo infoOf(String customerKey) {
        return infos.getOrDefault(customerKey, CustomerInfo.EMPTY);
    }
}
