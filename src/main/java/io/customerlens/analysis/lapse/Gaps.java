package io.customerlens.analysis.lapse;

import java.util.ArrayList;
import java.util.List;

/** Finds the gaps of a purchase history (DEFINITIONS: gaps and lapse episodes). Pure. */
public final class Gaps {

    private Gaps() {
    }

    /** Every gap from the first purchase month to {@code asOfMonth}, in time order; the last may be open. */
    public static List<Gap> of(PurchaseHistory history, int asOfMonth) {
        int[] months = history.purchaseMonths();
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < months.length; i++) {
            if (months[i] - months[i - 1] > 1) {
                gaps.add(new Gap(months[i - 1] + 1, months[i] - 1, false));
            }
        }
        int last = months[months.length - 1];
        if (asOfMonth > last) {
            gaps.add(new Gap(last + 1, asOfMonth, true));
        }
        return List.copyOf(gaps);
    }
}
