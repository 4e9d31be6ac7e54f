package io.customerlens.analysis.products;

import io.customerlens.analysis.Medians;
import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Months whose net sales depart from trend and season. Expected(m) = sales(m − 12) × trend(m), trend(m) = the
 * net sales of the k months before m / those of the same k months a year earlier, k = 11 or as many as the
 * history holds, at least 3 (so a store with 16 months of history is checked from its 16th month). A month is
 * flagged when
 * |actual − expected| / expected exceeds the rule's departure and its robust z-score (median and MAD of all
 * checked months' departures) is large enough: the first keeps small wobbles quiet, the second keeps a
 * volatile business from flagging every month. Only complete months are checked.
 */
public final class SalesAnomalies {

    /** MAD × 1.4826 estimates the standard deviation of normally distributed departures. */
    private static final double MAD_TO_SIGMA = 1.4826;
    /** The trend's months at most (the year before m less m itself) and at least (fewer say nothing). */
    private static final int TREND_MONTHS = 11;
    private static final int MIN_TREND_MONTHS = 3;

    public AnomalyResult analyse(SalesFacts sales, LocalDate asOf, AnomalyRule rule) {
        return analyse(SalesByMonth.of(sales, asOf), rule);
    }

    /** The same check from the month sums, without the lines. */
    public AnomalyResult analyse(SalesByMonth sums, AnomalyRule rule) {
        SalesFacts sales = sums.sales();
        int last = MonthIndex.of(KpiPeriods.latestCompleteMonth(sums.asOf()));
        // The earliest line on or before asOf is the earliest line, unless every line is after asOf.
        int first = sums.isEmpty() ? Integer.MAX_VALUE : sums.firstMonth();
        if (first > last) {
            return new AnomalyResult(rule, List.of(), List.of());
        }
        BigDecimal[] monthly = new BigDecimal[last - first + 1];
        for (int m = first; m <= last; m++) {
            monthly[m - first] = sums.net(m);
        }
        List<MonthCheck> unscored = new ArrayList<>();
        List<Double> departures = new ArrayList<>();
        for (int m = first; m <= last; m++) {
            BigDecimal expected = m - first >= 12 + MIN_TREND_MONTHS ? expected(monthly, m - first) : null;
            BigDecimal actual = monthly[m - first];
            BigDecimal departure = expected == null ? null
                    : actual.subtract(expected).divide(expected, BcgAnalysis.PRECISION);
            if (departure != null) {
                departures.add(departure.doubleValue());
            }
            unscored.add(new MonthCheck(MonthIndex.toYearMonth(m), actual, expected, departure, null, false));
        }
        double median = median(departures);
        double mad = median(departures.stream().map(d -> Math.abs(d - median)).toList());
        List<MonthCheck> months = new ArrayList<>(unscored.size());
        List<MonthCheck> flagged = new ArrayList<>();
        for (MonthCheck check : unscored) {
            if (check.departure() == null) {
                months.add(check);
                continue;
            }
            double z = robustZ(check.departure().doubleValue(), median, mad);
            boolean flag = rule.flags(check.departure(), z);
            MonthCheck scored = new MonthCheck(check.month(), check.actual(), check.expected(), check.departure(), z, flag);
            months.add(scored);
            if (flag) {
                flagged.add(scored);
            }
        }
        Map<Integer, MonthTally> tallies = tallies(sums, flagged);
        List<SalesAnomaly> anomalies = flagged.stream().map(check -> {
            MonthTally tally = tallies.get(MonthIndex.of(check.month()));
            return new SalesAnomaly(check.month(), check.actual(), check.expected(), check.departure(),
                    check.robustZ(),
                    contributors(check, tally.byCustomer, tally.baseTotal, key -> customerLabel(sales, key), rule),
                    contributors(check, tally.byProduct, tally.baseTotal,
                            key -> StructureDimension.PRODUCT.labelOf(key, sales), rule));
        }).toList();
        return new AnomalyResult(rule, months, anomalies);
    }

    private static String customerLabel(SalesFacts sales, String key) {
        String name = sales.customer(key).name();
        return name == null || name.isBlank() ? key : name;
    }

    /**
     * sales(m − 12) × Σ sales(m − k … m − 1) / Σ sales(m − 12 − k … m − 13), k = min(11, months of history
     * before m − 12); null unless all three are &gt; 0.
     */
    static BigDecimal expected(BigDecimal[] monthly, int i) {
        BigDecimal base = monthly[i - 12];
        BigDecimal recent = BigDecimal.ZERO;
        BigDecimal yearBefore = BigDecimal.ZERO;
        int trendMonths = Math.min(TREND_MONTHS, i - 12);
        for (int k = 1; k <= trendMonths; k++) {
            recent = recent.add(monthly[i - k]);
            yearBefore = yearBefore.add(monthly[i - 12 - k]);
        }
        if (base.signum() <= 0 || recent.signum() <= 0 || yearBefore.signum() <= 0) {
            return null;
        }
        return base.multiply(recent).divide(yearBefore, BcgAnalysis.PRECISION);
    }

    static double robustZ(double departure, double median, double mad) {
        double distance = departure - median;
        if (mad == 0) {
            return distance == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, distance);
        }
        return distance / (MAD_TO_SIGMA * mad);
    }

    /** 0 for none: with no departure to score there is nothing to flag either. */
    static double median(List<Double> values) {
        Double median = Medians.of(values);
        return median == null ? 0 : median;
    }

    /**
     * Each flagged month's sales by customer and by product, in the month (slot 0) and the same month a year
     * earlier (slot 1), with that earlier month's total, from the month sums.
     */
    private static Map<Integer, MonthTally> tallies(SalesByMonth sums, List<MonthCheck> flagged) {
        Map<Integer, MonthTally> byFlaggedMonth = new HashMap<>();
        for (MonthCheck check : flagged) {
            int month = MonthIndex.of(check.month());
            byFlaggedMonth.computeIfAbsent(month, key -> {
                MonthTally tally = new MonthTally();
                tally.add(sums.byCustomer(month), sums.byProduct(month), 0);
                tally.add(sums.byCustomer(month - 12), sums.byProduct(month - 12), 1);
                tally.baseTotal = BigDecimal.ZERO.add(sums.net(month - 12));
                return tally;
            });
        }
        return byFlaggedMonth;
    }

    /** One flagged month's sales by customer and by product, [in the month, a year earlier]. */
    private static final class MonthTally {
        final Map<String, BigDecimal[]> byCustomer = new HashMap<>();
        final Map<String, BigDecimal[]> byProduct = new HashMap<>();
        BigDecimal baseTotal = BigDecimal.ZERO;

        void add(Map<String, BigDecimal> customers, Map<String, BigDecimal> products, int slot) {
            customers.forEach((key, amount) -> addTo(byCustomer, key, slot, amount));
            products.forEach((key, amount) -> addTo(byProduct, key, slot, amount));
        }

        private static void addTo(Map<String, BigDecimal[]> byKey, String key, int slot, BigDecimal amount) {
            BigDecimal[] own = byKey.computeIfAbsent(key == null ? NONE : key,
                    absent -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            own[slot] = own[slot].add(amount);
        }
    }

    /**
     * Each key's actual sales in the month against the month's expected sales × its share of the same month a
     * year earlier; the largest contributions in the departure's direction first.
     */
    private static List<Contributor> contributors(MonthCheck check, Map<String, BigDecimal[]> byKey,
                                                  BigDecimal baseTotal, Function<String, String> labelOf,
                                                  AnomalyRule rule) {
        BigDecimal base = baseTotal;
        List<Contributor> all = new ArrayList<>(byKey.size());
        byKey.forEach((key, own) -> {
            BigDecimal expected = check.expected().multiply(own[1]).divide(base, BcgAnalysis.PRECISION);
            String realKey = NONE.equals(key) ? null : key;
            all.add(new Contributor(realKey, realKey == null ? null : labelOf.apply(realKey), own[0], expected,
                    own[0].subtract(expected)));
        });
        int direction = check.departure().signum();
        return all.stream()
                .filter(contributor -> contributor.contribution().signum() == direction)
                .sorted(Comparator.comparing((Contributor c) -> c.contribution().abs(), Comparator.reverseOrder())
                        .thenComparing(Contributor::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(rule.contributors())
                .toList();
    }

    /** A map key for "no customer / no product" (keys are never empty). */
    private static final String NONE = "";
}
