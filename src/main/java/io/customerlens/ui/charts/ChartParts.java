package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The pieces every chart shares: a themed chart around a plot, and value axes that fit their numbers. */
final class ChartParts {

    /** Half a "2026-09" tick label in the chart font, so the last one is never cut at the right edge. */
    private static final double RIGHT_ROOM = 24;

    private final ChartTheme theme;
    private final Locale locale;

    ChartParts(ChartTheme theme, Locale locale) {
        this.theme = theme;
        this.locale = locale;
    }

    ChartTheme theme() {
        return theme;
    }

    /** The chart with its title (none when blank) and a legend, in the theme's fonts and colours. */
    JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(blankAsNull(title), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        // A month tick at the right end centres its label there: without room its second half ("2026-0…") is cut.
        chart.setPadding(new RectangleInsets(2, 2, 2, RIGHT_ROOM));
        return chart;
    }

    NumberAxis valueAxis(String label, NumberFormat format) {
        NumberAxis axis = new NumberAxis(blankAsNull(label));
        axis.setNumberFormatOverride(format);
        return axis;
    }

    /**
     * Whole-number ticks when every value is whole (customer counts: no "2.5 customers"), otherwise the
     * standard ones. The format stays the axis's own override.
     */
    void fitTicks(NumberAxis axis, Collection<? extends List<Number>> series) {
        boolean whole = series.stream().flatMap(List::stream)
                .allMatch(value -> value == null || value.doubleValue() == Math.rint(value.doubleValue()));
        axis.setStandardTickUnits(whole ? NumberAxis.createIntegerTickUnits(locale)
                : NumberAxis.createStandardTickUnits(locale));
    }

    /** JFreeChart leaves room for a label even when it is empty; null leaves none. */
    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
