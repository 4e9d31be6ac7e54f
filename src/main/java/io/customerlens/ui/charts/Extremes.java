package io.customerlens.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which positions hold the highest and the lowest value (ties all count). Nothing is marked when fewer
 * than two values are known or all are equal: a "peak" that is also the "trough" tells the reader nothing.
 */
record Extremes(Set<Integer> peaks, Set<Integer> troughs) {

    static final Extremes NONE = new Extremes(Set.of(), Set.of());

    static Extremes of(List<? extends Number> values) {
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                known.add(i);
            }
        }
        if (known.size() < 2) {
            return NONE;
        }
        double max = known.stream().mapToDouble(i -> values.get(i).doubleValue()).max().orElseThrow();
        double min = known.stream().mapToDouble(i -> values.get(i).doubleValue()).min().orElseThrow();
        if (max == min) {
            return NONE;
        }
        return new Extremes(at(values, known, max), at(values, known, min));
    }

    private static Set<Integer> at(List<? extends Number> values, List<Integer> known, double value) {
        return known.stream().filter(i -> values.get(i).doubleValue() == value).collect(Collectors.toUnmodifiableSet());
    }

    boolean isPeak(int index) {
        return peaks.contains(index);
    }

    boolean isTrough(int index) {
        return troughs.contains(index);
    }
}
