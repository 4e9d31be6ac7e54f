package io.customerlens.ui.charts;

import java.util.Objects;

/**
 * One point of a quadrant scatter: where it sits, how big it is drawn, the text of its tooltip (already
 * translated) and whether its label is written next to it (only the largest are, or the chart turns to ink).
 *
 * @param x    must be &gt; 0: the x axis is logarithmic
 * @param size drawn as a circle whose area follows it (≥ 0)
 */
public record ScatterPoint(String label, double x, double y, double size, String tooltip, boolean labelled) {

    public ScatterPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tooltip, "tooltip");
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("x must be a positive number on a log axis: " + x);
        }
        if (!Double.isFinite(y) || !(size >= 0)) {
            throw new IllegalArgumentException("y must be finite and size ≥ 0: " + y + ", " + size);
        }
    }
}
