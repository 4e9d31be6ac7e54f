package io.customerlens.ui.charts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Points in named groups (one colour and legend entry each, in the map's order) divided into four quadrants
 * by a vertical line at {@code xLine} and a horizontal line at {@code yLine} (none when null). Points that have
 * no y of their own (a new unit has no growth) sit in a band at the top, above a dotted line at {@code bandLine}
 * named {@code bandLabel}, so nobody reads their height as a figure (no band when null).
 */
public record QuadrantScatter(SequencedMap<String, List<ScatterPoint>> groups, Double xLine, Double yLine,
                              Double bandLine, String bandLabel) {

    public QuadrantScatter(SequencedMap<String, List<ScatterPoint>> groups, Double xLine, Double yLine) {
        this(groups, xLine, yLine, null, null);
    }

    public QuadrantScatter {
        SequencedMap<String, List<ScatterPoint>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<ScatterPoint>> group : groups.entrySet()) {
            copy.put(group.getKey(), List.copyOf(group.getValue()));
        }
        groups = Collections.unmodifiableSequencedMap(copy);
        if (xLine != null && !(xLine > 0)) {
            throw new IllegalArgumentException("the x line sits on a log axis and must be > 0: " + xLine);
        }
    }

    public static final QuadrantScatter EMPTY = new QuadrantScatter(new LinkedHashMap<>(), null, null);

    /** How many points all groups hold together. */
    public int pointCount() {
        return groups.values().stream().mapToInt(List::size).sum();
    }
}
