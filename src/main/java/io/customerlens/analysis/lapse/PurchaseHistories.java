package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Groups lines into one {@link PurchaseHistory} per customer, as of a date. Pure. */
public final class PurchaseHistories {

    private PurchaseHistories() {
    }

    /**
     * Histories of every customer with at least one purchase on or before {@code asOf}, sorted by key.
     * Lines after {@code asOf} and lines without a customer are ignored; a customer with only returns
     * has no purchase and so no history.
     */
    public static List<PurchaseHistory> asOf(Collection<LineFact> lines, LocalDate asOf) {
        Map<String, Builder> builders = new HashMap<>();
        for (LineFact line : lines) {
            if (line.customerKey() != null && !line.date().isAfter(asOf)) {
                builders.computeIfAbsent(line.customerKey(), key -> new Builder()).add(line);
            }
        }
        List<PurchaseHistory> histories = new ArrayList<>(builders.size());
        new TreeMap<>(builders).forEach((key, builder) -> {
            if (!builder.purchaseDays.isEmpty()) {
                histories.add(new PurchaseHistory(key, List.copyOf(builder.purchaseDays), builder.monthlyNet));
            }
        });
        return histories;
    }

    private static final class Builder {
        private final TreeSet<LocalDate> purchaseDays = new TreeSet<>();
        private final Map<Integer, BigDecimal> monthlyNet = new HashMap<>();

        void add(LineFact line) {
            monthlyNet.merge(MonthIndex.of(line.date()), line.amount(), BigDecimal::add);
            if (line.isPurchase()) {
                purchaseDays.add(line.date());
            }
        }
    }
}
