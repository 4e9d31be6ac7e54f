package io.customerlens.analysis;

import java.util.Arrays;
import java.util.List;

/** The median as every analysis uses it, so day counts and rates get the same middle the same way. */
public final class Medians {

    private Medians() {
    }

    /** The middle value, or the mean of the two middle values; null for none. */
    public static Double of(List<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** As {@link #of(List)}, for values already unboxed; the array is not changed. */
    public static Double of(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
