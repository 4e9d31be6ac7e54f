package io.customerlens.analysis.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The percentage each criterion weighs in the key-account score; they sum to 100 (± {@value #TOLERANCE}).
 * A criterion left out of the map weighs 0.
 * <p>
 * {@link #DEFAULT}: net amount 40, growth 15, orders 15, margin 10, tenure 5, regularity 15. Volume is
 * what makes a 大客户 for a distributor, so net amount weighs most; orders and regularity (15 each) reward
 * the shop that restocks steadily over the one big one-off order; growth (15) lifts the rising customers a
 * salesperson should invest in; margin weighs only 10 because distributors' margins are largely set by
 * price lists and many files carry no cost at all; tenure weighs 5 because a long relationship alone makes
 * no key account and mostly repeats what orders and regularity already show.
 */
public record KeyAccountWeights(Map<KeyAccountCriterion, Double> percent) {

    public static final double TOLERANCE = 0.01;

    public static final KeyAccountWeights DEFAULT = new KeyAccountWeights(Map.of(
            KeyAccountCriterion.NET_AMOUNT, 40.0,
            KeyAccountCriterion.GROWTH, 15.0,
            KeyAccountCriterion.ORDERS, 15.0,
            KeyAccountCriterion.MARGIN, 10.0,
            KeyAccountCriterion.TENURE, 5.0,
            KeyAccountCriterion.REGULARITY, 15.0));

    public KeyAccountWeights {
        Objects.requireNonNull(percent, "percent");
        EnumMap<KeyAccountCriterion, Double> all = new EnumMap<>(KeyAccountCriterion.class);
        double sum = 0;
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            Double weight = percent.getOrDefault(criterion, 0.0);
            if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the weight of " + criterion.code() + " must be a number ≥ 0, not " + weight);
            }
            all.put(criterion, weight);
            sum += weight;
        }
        if (Math.abs(sum - 100) > TOLERANCE) {
            throw new IllegalArgumentException("key-account weights must sum to 100, not " + sum);
        }
        percent = Collections.unmodifiableMap(all);
    }

    public double of(KeyAccountCriterion criterion) {
        return percent.get(criterion);
    }

    /**
     * {@code criterion} set to {@code newPercent} and every other weight scaled by the same factor so the
     * sum stays 100: what the UI does when the user edits one weight. When the others are all 0 (the edited
     * one held 100) there is no proportion to keep, so the rest is shared equally among them.
     * {@code with(c, 0)} therefore hands c's weight to the others in proportion to theirs.
     */
    public KeyAccountWeights with(KeyAccountCriterion criterion, double newPercent) {
        if (!(newPercent >= 0 && newPercent <= 100)) {
            throw new IllegalArgumentException("a weight must be 0 to 100, not " + newPercent);
        }
        double others = 0;
        for (KeyAccountCriterion other : KeyAccountCriterion.values()) {
            others += other == criterion ? 0 : percent.get(other);
        }
        double rest = 100 - newPercent;
        int otherCount = KeyAccountCriterion.values().length - 1;
        EnumMap<KeyAccountCriterion, Double> changed = new EnumMap<>(KeyAccountCriterion.class);
        for (KeyAccountCriterion other : KeyAccountCriterion.values()) {
            double weight = percent.get(other);
            changed.put(other, other == criterion ? newPercent
                    : others > 0 ? weight * rest / others : rest / otherCount);
        }
        return new KeyAccountWeights(changed);
    }

    /**
     * The weights as whole percentages that sum to exactly 100, as the page shows and edits them: each rounded
     * down, then the points still missing go one each to the largest remainders (ties: the criterion listed first).
     * 44.44 / 16.67 / 16.67 / 0 / 5.56 / 16.67 → 44 / 17 / 17 / 0 / 5 / 17.
     */
    public Map<KeyAccountCriterion, Integer> wholePercents() {
        EnumMap<KeyAccountCriterion, Integer> whole = new EnumMap<>(KeyAccountCriterion.class);
        int total = 0;
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            int down = (int) Math.floor(percent.get(criterion) + 1e-9);
            whole.put(criterion, down);
            total += down;
        }
        List<KeyAccountCriterion> byRemainder = new ArrayList<>(List.of(KeyAccountCriterion.values()));
        byRemainder.sort(Comparator.comparingDouble(
                (KeyAccountCriterion criterion) -> percent.get(criterion) - whole.get(criterion)).reversed());
        for (int i = 0; total < 100 && i < byRemainder.size(); i++, total++) {
            whole.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(whole);
    }

    /** These weights as the whole percentages of {@link #wholePercents()}. */
    public KeyAccountWeights rounded() {
        Map<KeyAccountCriterion, Double> whole = new EnumMap<>(KeyAccountCriterion.class);
        wholePercents().forEach((criterion, value) -> whole.put(criterion, value.doubleValue()));
        return new KeyAccountWeights(whole);
    }
}
