package io.customerlens.analysis.card;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.CustomerSalesLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the customer stopped buying (docs/definitions.md, "Customer card"): each product that meets the
 * {@link StoppedRule}. Lines without a product are left out. Sorted by the net amount
 * of those 12 months, largest first, ties by key. Pure.
 */
public final class StoppedBuying {

    public static final int REGULAR_MONTHS = StoppedRule.REGULAR_MONTHS;
    public static final int BEFORE_MONTHS = StoppedRule.BEFORE_MONTHS;

    public List<StoppedProduct> of(List<CustomerSalesLine> lines, LocalDate asOf, LapseWindow window) {
        StoppedRule rule = StoppedRule.of(asOf, window);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (CustomerSalesLine line : lines) {
            String key = line.productKey();
            if (key == null || key.isBlank() || !rule.reads(line.date())) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally(line));
            if (rule.isRecent(line.date())) {
                tally.boughtRecently |= line.isPurchase();
                continue;
            }
            tally.add(line, MonthIndex.of(line.date()));
        }
        List<StoppedProduct> stopped = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (!tally.boughtRecently && StoppedRule.wasRegular(tally.purchaseMonths())) {
                stopped.add(new StoppedProduct(key, tally.productLabel(key), tally.first().category(),
                        tally.purchaseMonths(), tally.net(), tally.lastPurchase()));
            }
        });
        stopped.sort(Comparator.comparing(StoppedProduct::netBefore, Comparator.reverseOrder())
                .thenComparing(StoppedProduct::key));
        return stopped;
    }

    /** One product's lines from the 12 months before the last N on. */
    private static final class Tally extends ProductTally {
        boolean boughtRecently;

        Tally(CustomerSalesLine first) {
            super(first);
        }
    }
}
