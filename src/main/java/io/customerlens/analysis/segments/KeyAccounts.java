package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key-account (大客户) score: each criterion measured per customer, normalised to 0–100 by min–max
 * over the scored population, and weighted. Pure.
 * <p>
 * The scored population is the customers with a purchase in the last 24 calendar months (mi(A) − 23 …
 * mi(A)): the two periods that growth compares. Older customers would only pin every minimum at 0 and
 * squeeze the active ones together; they are listed with score 0, ORDINARY.
 */
public final class KeyAccounts {

    /** Scored population: a purchase in this many calendar months up to the as-of month. */
    public static final int ACTIVE_MONTHS = 24;
    /** The measuring window of net amount, orders, margin and regularity. */
    public static final int WINDOW_MONTHS = 12;
    /** The score is rounded to this many decimals so a score that is 70 by hand is not 69.9999999 in doubles. */
    private static final double SCORE_SCALE = 1e6;

    public KeyAccountResult score(List<CustomerLines> customers, LocalDate asOf, KeyAccountWeights weights,
                                  KeyAccountCutoffs cutoffs) {
        int asOfMonth = MonthIndex.of(asOf);
        int from = asOfMonth - WINDOW_MONTHS + 1;
        List<Measured> measured = new ArrayList<>();
        for (CustomerLines customer : customers) {
            ActivityProfile.of(customer, asOf).ifPresent(profile -> measured.add(new Measured(customer.customerKey(),
                    profile, profile.lastMonth() > asOfMonth - ACTIVE_MONTHS)));
        }
        boolean marginKnown = measured.stream().anyMatch(m -> m.profile.hasMarginBetween(from, asOfMonth));
        Set<KeyAccountCriterion> unavailable = marginKnown ? Set.of() : EnumSet.of(KeyAccountCriterion.MARGIN);
        KeyAccountWeights inForce = weights;
        for (KeyAccountCriterion criterion : unavailable) {
            inForce = inForce.with(criterion, 0);
        }
        for (Measured m : measured) {
            m.raw.putAll(raw(m.profile, asOf, unavailable));
        }
        Map<KeyAccountCriterion, Range> ranges = ranges(measured, unavailable);

        List<CustomerKeyAccount> scored = new ArrayList<>(measured.size());
        for (Measured m : measured) {
            Map<KeyAccountCriterion, Double> normalised = new EnumMap<>(KeyAccountCriterion.class);
            double score = 0;
            for (Map.Entry<KeyAccountCriterion, Range> range : ranges.entrySet()) {
                KeyAccountCriterion criterion = range.getKey();
                double value = m.active ? normalise(m, criterion, range.getValue(), from, asOfMonth) : 0;
                normalised.put(criterion, value);
                score += inForce.of(criterion) * value / 100;
            }
            score = Math.round(score * SCORE_SCALE) / SCORE_SCALE;
            KeyAccountTier tier = m.active ? cutoffs.tierOf(score) : KeyAccountTier.ORDINARY;
            scored.add(new CustomerKeyAccount(m.key, m.raw, normalised, score, tier));
        }
        scored.sort(Comparator.comparingDouble(CustomerKeyAccount::score).reversed()
                .thenComparing(CustomerKeyAccount::customerKey));
        return new KeyAccountResult(inForce, unavailable, scored);
    }

    /** The criteria as measured; growth is left out where it is undefined, unavailable criteria always. */
    static Map<KeyAccountCriterion, Double> raw(ActivityProfile profile, LocalDate asOf,
                                                Set<KeyAccountCriterion> unavailable) {
        int to = MonthIndex.of(asOf);
        int from = to - WINDOW_MONTHS + 1;
        Map<KeyAccountCriterion, Double> raw = new EnumMap<>(KeyAccountCriterion.class);
        BigDecimal current = profile.netBetween(from, to);
        raw.put(KeyAccountCriterion.NET_AMOUNT, current.doubleValue());
        growth(current, profile.netBetween(from - WINDOW_MONTHS, from - 1))
                .ifPresent(growth -> raw.put(KeyAccountCriterion.GROWTH, growth));
        raw.put(KeyAccountCriterion.ORDERS, (double) profile.ordersBetween(from, to));
        if (!unavailable.contains(KeyAccountCriterion.MARGIN)) {
            raw.put(KeyAccountCriterion.MARGIN, profile.marginBetween(from, to).doubleValue());
        }
        raw.put(KeyAccountCriterion.TENURE, (double) ChronoUnit.DAYS.between(profile.firstPurchase(), asOf));
        // months before the first purchase are no missed months: a customer of 3 months is judged on 3
        int months = Math.min(WINDOW_MONTHS, to - profile.firstMonth() + 1);
        raw.put(KeyAccountCriterion.REGULARITY, profile.purchaseMonthsBetween(from, to) / (double) months);
        return raw;
    }

    /** (current − previous) / |previous|; undefined when previous ≤ 0, where the ratio means nothing. */
    static Optional<Double> growth(BigDecimal current, BigDecimal previous) {
        if (previous.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(previous).doubleValue() / previous.abs().doubleValue());
    }

    private static Map<KeyAccountCriterion, Range> ranges(List<Measured> measured, Set<KeyAccountCriterion> unavailable) {
        Map<KeyAccountCriterion, Range> ranges = new EnumMap<>(KeyAccountCriterion.class);
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            if (unavailable.contains(criterion)) {
                continue;
            }
            Range range = Range.EMPTY;
            for (Measured m : measured) {
                Double value = m.raw.get(criterion);
                if (m.active && value != null) {
                    range = range.including(value);
                }
            }
            ranges.put(criterion, range);
        }
        return ranges;
    }

    /**
     * Min–max to 0–100. Where every scored customer has the same value, everyone ties for the best and
     * gets 100, as the top customer of any criterion does. Undefined growth (previous 12 months ≤ 0) counts
     * as the best growth (100) when the last 12 months are positive, as the BCG rule treats a new unit,
     * and as 0 otherwise.
     */
    private static double normalise(Measured m, KeyAccountCriterion criterion, Range range, int from, int to) {
        Double value = m.raw.get(criterion);
        if (value == null) {
            return m.profile.netBetween(from, to).signum() > 0 ? 100 : 0;
        }
        return range.max() == range.min() ? 100 : (value - range.min()) / (range.max() - range.min()) * 100;
    }

    private record Range(double min, double max) {
        static final Range EMPTY = new Range(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

        Range including(double value) {
            return new Range(Math.min(min, value), Math.max(max, value));
        }
    }

    private static final class Measured {
        final String key;
        final ActivityProfile profile;
        final boolean active;
        final Map<KeyAccountCriterion, Double> raw = new EnumMap<>(KeyAccountCriterion.class);

        Measured(String key, ActivityProfile profile, boolean active) {
            this.key = key;
            this.profile = profile;
            this.active = active;
        }
    }
}
