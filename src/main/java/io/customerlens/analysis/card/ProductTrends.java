package io.customerlens.analysis.card;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.CustomerSalesLine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The customer's top products and categories with their trend (docs/definitions.md, "Customer card").
 * Ranked by net amount of all history up to the as-of date (returns included), ties by key; only those
 * with a positive net amount are listed. Trend: the last 12 calendar months (the as-of month included)
 * against the 12 before; see {@link Trend}. Pure.
 */
public final class ProductTrends {

    /** A change of at least this share (either way) is UP or DOWN; less is FLAT. */
    public static final BigDecimal CHANGE = new BigDecimal("0.10");
    public static final int TREND_MONTHS = 12;

    public List<ProductTrend> topProducts(List<CustomerSalesLine> lines, LocalDate asOf, int limit) {
        return top(lines, asOf, limit, CustomerSalesLine::productKey, true);
    }

    public List<ProductTrend> topCategories(List<CustomerSalesLine> lines, LocalDate asOf, int limit) {
        return top(lines, asOf, limit, CustomerSalesLine::category, false);
    }

    /** The trend of a net amount over the last 12 months against the 12 before. */
    public static Trend trendOf(BigDecimal last12, BigDecimal previous12) {
        boolean now = last12.signum() > 0;
        boolean before = previous12.signum() > 0;
        if (!now) {
            return before ? Trend.GONE : Trend.QUIET;
        }
        if (!before) {
            return Trend.NEW;
        }
        BigDecimal change = last12.subtract(previous12).divide(previous12, MathContext.DECIMAL64);
        if (change.compareTo(CHANGE) >= 0) {
            return Trend.UP;
        }
        return change.compareTo(CHANGE.negate()) <= 0 ? Trend.DOWN : Trend.FLAT;
    }

    private static List<ProductTrend> top(List<CustomerSalesLine> lines, LocalDate asOf, int limit,
                                          Function<CustomerSalesLine, String> keyOf, boolean products) {
        int asOfMonth = MonthIndex.of(asOf);
        int lastFrom = asOfMonth - TREND_MONTHS + 1;
        int previousFrom = lastFrom - TREND_MONTHS;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (CustomerSalesLine line : lines) {
            String key = keyOf.apply(line);
            if (key == null || key.isBlank() || line.date().isAfter(asOf)) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally(line));
            int month = MonthIndex.of(line.date());
            tally.add(line, month);
            if (month >= lastFrom && month <= asOfMonth) {
                tally.last12 = tally.last12.add(line.amount());
            } else if (month >= previousFrom && month < lastFrom) {
                tally.previous12 = tally.previous12.add(line.amount());
            }
        }
        List<ProductTrend> ranked = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (tally.net().signum() > 0) {
                ranked.add(new ProductTrend(key, products ? tally.productLabel(key) : key,
                        products ? tally.first().category() : null, tally.net(), tally.purchaseMonths(),
                        tally.lastPurchase(), tally.last12, tally.previous12, trendOf(tally.last12, tally.previous12)));
            }
        });
        ranked.sort(Comparator.comparing(ProductTrend::netAmount, Comparator.reverseOrder())
                .thenComparing(ProductTrend::key));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** What one product's or category's lines add up to while they are read. */
    private static final class Tally extends ProductTally {
        BigDecimal last12 = BigDecimal.ZERO;
        BigDecimal previous12 = BigDecimal.ZERO;

        Tally(CustomerSalesLine first) {
            super(first);
        }
    }
}
