package io.customerlens.service.lapse;

import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.domain.CustomerInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the store holds, read once and reduced to purchase histories, so that switching the window N
 * recomputes in memory without reading the store again.
 *
 * @param asOf                the as-of date; null when the store has no line
 * @param reference           the date "newly lapsed" and "won back" compare with: the as-of date the
 *                            store had before its latest import, else one month before {@code asOf}
 * @param referenceIsPreviousImport whether {@code reference} comes from an earlier import
 */
public record LapseData(LocalDate asOf, LocalDate reference, boolean referenceIsPreviousImport,
                        List<PurchaseHistory> histories, Map<String, CustomerInfo> infos) {

    public static final LapseData EMPTY = new LapseData(null, null, false, List.of(), Map.of());

    public LapseData {
        histories = List.copyOf(histories);
        infos = Map.copyOf(infos);
    }

    public boolean isEmpty() {
        return asOf == null;
    }

    /** The earliest first purchase of any customer; empty without customers. */
    public java.util.Optional<LocalDate> firstPurchase() {
        return histories.stream().map(PurchaseHistory::firstPurchase).min(LocalDate::compareTo);
    }

    public CustomerInfo infoOf(String customerKey) {
        return infos.getOrDefault(customerKey, CustomerInfo.EMPTY);
    }
}
