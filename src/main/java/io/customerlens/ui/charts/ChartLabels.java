package io.customerlens.ui.charts;

import java.util.Objects;

/**
 * The texts of one chart, already translated. An empty axis label leaves the axis unlabelled, for axes
 * whose ticks say it all (month names, dates).
 */
public record ChartLabels(String title, String categoryAxis, String valueAxis) {

    public ChartLabels {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxis, "categoryAxis");
        Objects.requireNonNull(valueAxis, "valueAxis");
    }
}
