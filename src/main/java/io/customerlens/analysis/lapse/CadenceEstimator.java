package io.customerlens.analysis.lapse;

import io.customerlens.analysis.Medians;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Estimates each customer's restock cadence (docs/definitions.md, "Restock cadence").
 * <ul>
 *   <li>A customer's own interval is the median of the days between consecutive purchase days; the
 *   median, so that one long holiday or one rush order does not move it.</li>
 *   <li>With {@value #OWN_INTERVALS} or more intervals the own median is used as it is. With fewer, it
 *   is blended with a prior: (n × own + (3 − n) × prior) / 3, so a customer with one purchase day
 *   takes the prior whole.</li>
 *   <li>The prior is the median own interval of customers of the same group (customer type) that have
 *   {@value #OWN_INTERVALS}+ intervals, when at least {@value #MIN_GROUP} such customers exist; else
 *   that median over all such customers; else the median of every interval in the data.</li>
 * </ul>
 */
public final class CadenceEstimator {

    public static final int OWN_INTERVALS = 3;
    public static final int MIN_GROUP = 5;

    /**
     * @param groupOf the group of similar customers a key belongs to (null = no group)
     * @return the cadence of every history's customer, by key
     */
    public Map<String, Cadence> estimate(List<PurchaseHistory> histories, Function<String, String> groupOf) {
        Map<String, double[]> intervalsByKey = new LinkedHashMap<>();
        histories.forEach(history -> intervalsByKey.put(history.customerKey(), intervals(history.purchaseDays())));
        Priors priors = priors(intervalsByKey, groupOf);
        Map<String, Cadence> cadences = new HashMap<>(intervalsByKey.size() * 2);
        intervalsByKey.forEach((key, intervals) -> cadences.put(key, cadence(intervals, priors.forGroup(groupOf.apply(key)))));
        return cadences;
    }

    private static Cadence cadence(double[] intervals, Double prior) {
        int n = intervals.length;
        Double own = Medians.of(intervals);
        if (n >= OWN_INTERVALS) {
            return new Cadence(n, own, own, false);
        }
        if (prior == null) {
            return new Cadence(n, own, own, false);
        }
        double blended = ((own == null ? 0 : n * own) + (OWN_INTERVALS - n) * prior) / OWN_INTERVALS;
        return new Cadence(n, own, blended, true);
    }

    static double[] intervals(List<LocalDate> purchaseDays) {
        double[] intervals = new double[purchaseDays.size() - 1];
        for (int i = 1; i < purchaseDays.size(); i++) {
            intervals[i - 1] = ChronoUnit.DAYS.between(purchaseDays.get(i - 1), purchaseDays.get(i));
        }
        return intervals;
    }

    private static Priors priors(Map<String, double[]> intervalsByKey, Function<String, String> groupOf) {
        List<Double> settled = new ArrayList<>();
        Map<String, List<Double>> settledByGroup = new HashMap<>();
        List<Double> everyInterval = new ArrayList<>();
        intervalsByKey.forEach((key, intervals) -> {
            Arrays.stream(intervals).forEach(everyInterval::add);
            if (intervals.length >= OWN_INTERVALS) {
                double own = Medians.of(intervals);
                settled.add(own);
                String group = groupOf.apply(key);
                if (group != null) {
                    settledByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(own);
                }
            }
        });
        // Null when no customer has even one interval: then nobody gets a prior.
        Double overall = settled.isEmpty() ? Medians.of(everyInterval) : Medians.of(settled);
        Map<String, Double> byGroup = new HashMap<>();
        settledByGroup.forEach((group, values) -> {
            if (values.size() >= MIN_GROUP) {
                byGroup.put(group, Medians.of(values));
            }
        });
        return new Priors(overall, byGroup);
    }

    private record Priors(Double overall, Map<String, Double> byGroup) {
        Double forGroup(String group) {
            return group == null ? overall : byGroup.getOrDefault(group, overall);
        }
    }
}
