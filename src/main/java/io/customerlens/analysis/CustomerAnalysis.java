package io.customerlens.analysis;

import io.customerlens.domain.CustomerSummary;
import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Per-customer purchase figures as DEFINITIONS.md defines them. Pure: no I/O, no clock. */
public final class CustomerAnalysis {

    /** The default as-of date: the latest date of any line (returns and keyless lines included). */
    public Optional<LocalDate> defaultAsOf(Collection<LineFact> lines) {
        return lines.stream().map(LineFact::date).max(LocalDate::compareTo);
    }

    /**
     * One summary per customer with at least one purchase on or before {@code asOf}, sorted by key.
     * Lines after {@code asOf} and lines without a customer are ignored; returns lower the net amount
     * but never move the purchase dates or count as orders.
     */
    public List<CustomerSummary> summarize(Collection<LineFact> lines, LocalDate asOf) {
        Map<String, History> histories = new HashMap<>();
        for (LineFact line : lines) {
            if (line.customerKey() != null && !line.date().isAfter(asOf)) {
                histories.computeIfAbsent(line.customerKey(), key -> new History()).add(line);
            }
        }
        List<CustomerSummary> summaries = new ArrayList<>();
        histories.forEach((key, history) -> history.toSummary(key, asOf).ifPresent(summaries::add));
        summaries.sort((a, b) -> a.customerKey().compareTo(b.customerKey()));
        return summaries;
    }

    /** What one customer's lines add up to while they are being read. */
    private static final class History {
        private LocalDate firstPurchase;
        private LocalDate lastPurchase;
        private BigDecimal netAmount = BigDecimal.ZERO;
        private final Set<String> orders = new HashSet<>();

        void add(LineFact line) {
            netAmount = netAmount.add(line.amount());
            if (!line.isPurchase()) {
                return;
            }
            orders.add(orderKey(line));
            if (firstPurchase == null || line.date().isBefore(firstPurchase)) {
                firstPurchase = line.date();
            }
            if (lastPurchase == null || line.date().isAfter(lastPurchase)) {
                lastPurchase = line.date();
            }
        }

        /** Without an order number, an order is the customer's purchases of one calendar day. */
        private static String orderKey(LineFact line) {
            String orderNo = line.orderNo();
            return orderNo == null || orderNo.isBlank() ? "\u0000day:" + line.date() : orderNo;
        }

        Optional<CustomerSummary> toSummary(String key, LocalDate asOf) {
            if (lastPurchase == null) {
                return Optional.empty();
            }
            long days = ChronoUnit.DAYS.between(lastPurchase, asOf);
            return Optional.of(new CustomerSummary(key, firstPurchase, lastPurchase, orders.size(),
                    netAmount, days, MonthIndex.idleMonths(lastPurchase, asOf)));
        }
    }
}
