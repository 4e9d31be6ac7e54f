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
 * What the customer stopped buying (docs/definitions.md, "Customer card"): a product bought regularly
 * before — a purchase of it in at least {@value #REGULAR_MONTHS} distinct calendar months of the
 * {@value #BEFORE_MONTHS} months just before the last N months — and no purchase of it in the last N
 * months (the as-of month included). Lines without a product are left out. Sorted by the net amount
 * of those 12 months, largest first, ties by key. Pure.
 */
public final class StoppedBuying {

    public static final int REGULAR_MONTHS = 3;
    public static final int BEFORE_MONTHS = 12;

    public List<StoppedProduct> of(List<CustomerSalesLine> lines, LocalDate asOf, LapseWindow window) {
        int asOfMonth = MonthIndex.of(asOf);
        int recentFrom = asOfMonth - window.months() + 1;
        int beforeFrom = recentFrom - BEFORE_MONTHS;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (CustomerSalesLine line : lines) {
            String key = line.productKey();
            int month = MonthIndex.of(line.date());
            if (key == null || key.isBlank() || month < beforeFrom || line.date().isAfter(asOf)) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally(line));
            if (month >= recentFrom) {
                tally.boughtRecently |= line.isPurchase();
                continue;
            }
            tally.add(line, month);
        }
        List<StoppedProduct> stopped = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (!tally.boughtRecently && tally.purchaseMonths() >= REGULAR_MONTHS) {
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
