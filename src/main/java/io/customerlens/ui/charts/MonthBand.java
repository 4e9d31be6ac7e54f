package io.customerlens.ui.charts;

import java.time.YearMonth;
import java.util.Objects;

/** A run of months shaded on a monthly chart, named on the chart (e.g. the start of the data). */
public record MonthBand(YearMonth from, YearMonth to, String label) {

    public MonthBand {
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a band ends before it begins: " + from + " … " + to);
        }
    }
}
