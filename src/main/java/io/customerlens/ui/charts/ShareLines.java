package io.customerlens.ui.charts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Lines of shares against shares, both 0 to 1 (shown as 0 %–100 %), with the diagonal drawn dashed and named
 * in the legend: a lift chart (share of customers called against share of the lapsed found, the diagonal a
 * random pick) or a reliability chart (predicted against observed, the diagonal a perfect forecast).
 *
 * @param lines    each line's points by name, in the order drawn and listed
 * @param diagonal the legend's name of the diagonal
 */
public record ShareLines(SequencedMap<String, List<Point>> lines, String diagonal) {

    /** One point; both coordinates are fractions (0.25 shows as 25 %). */
    public record Point(double x, double y) {
    }

    public ShareLines {
        SequencedMap<String, List<Point>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
            copy.put(line.getKey(), List.copyOf(line.getValue()));
        }
        lines = Collections.unmodifiableSequencedMap(copy);
        diagonal = diagonal == null ? "" : diagonal;
    }

    /** No line yet, only the diagonal. */
    public static ShareLines empty(String diagonal) {
        return new ShareLines(new LinkedHashMap<>(), diagonal);
    }
}
