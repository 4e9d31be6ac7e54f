package io.customerlens.ui.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** Copies chart inputs into unmodifiable lists and maps that, unlike List.copyOf, keep nulls (gaps). */
final class SeriesValues {

    private SeriesValues() {
    }

    static List<Number> copy(List<? extends Number> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Every series copied, in the given order; each must have {@code length} values. */
    static SequencedMap<String, List<Number>> copy(SequencedMap<String, ? extends List<? extends Number>> series,
                                                   int length, String what) {
        SequencedMap<String, List<Number>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends List<? extends Number>> entry : series.entrySet()) {
            if (entry.getValue().size() != length) {
                throw new IllegalArgumentException("series " + entry.getKey() + " has " + entry.getValue().size()
                        + " values for " + length + " " + what);
            }
            copy.put(entry.getKey(), copy(entry.getValue()));
        }
        return Collections.unmodifiableSequencedMap(copy);
    }

    static void requireDistinct(List<?> keys, String what) {
        if (keys.stream().distinct().count() != keys.size()) {
            throw new IllegalArgumentException(what + " must be distinct: " + keys);
        }
    }
}
