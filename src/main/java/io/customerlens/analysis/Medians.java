package io.customerlens.analysis;

import java.util.List;

/** The median as every analysis uses it, so day counts and rates get the same middle the same way. */
public final class Medians {

    private Medians() {
    }

    /** The middle value, or the mean of the two middle values; null for none. */
    public static Double of(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
