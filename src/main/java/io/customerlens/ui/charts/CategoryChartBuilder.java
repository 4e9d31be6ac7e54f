package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;

import java.text.NumberFormat;
import java.util.List;

/** Bar charts over categories: plain or stacked series, the twelve calendar months, and percentages. */
final class CategoryChartBuilder {

    private final ChartParts parts;
    private final ChartFormats formats;
    private final String peakLabel;
    private final String troughLabel;

    CategoryChartBuilder(ChartParts parts, ChartFormats formats, String peakLabel, String troughLabel) {
        this.parts = parts;
        this.formats = formats;
        this.peakLabel = peakLabel;
        this.troughLabel = troughLabel;
    }

    LiveChart<CategorySeries> bars(ChartLabels labels, BarLayout layout, CategorySeries data) {
        BarRenderer renderer = layout == BarLayout.STACKED ? new StackedBarRenderer() : new BarRenderer();
        renderer.setItemMargin(0.04);
        NumberFormat numbers = formats.number();
        renderer.setDefaultToolTipGenerator(new CategoryTooltips(numbers));
        CategoryPlot plot = plot(labels, renderer, parts.valueAxis(labels.valueAxis(), numbers));
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        JFreeChart chart = parts.chart(labels.title(), plot);
        return new LiveChart<>(chart, next -> {
            plot.setDataset(ChartDatasets.categories(next));
            parts.fitTicks((NumberAxis) plot.getRangeAxis(), next.series().values());
            chart.getLegend().setVisible(next.series().size() > 1);
        }, data);
    }

    /** {@code values}: January first. The highest and lowest months are coloured and named in the legend. */
    LiveChart<List<? extends Number>> calendarMonths(ChartLabels labels, List<? extends Number> values) {
        ChartTheme theme = parts.theme();
        BarRenderer renderer = new PeakTroughBarRenderer(theme.plainBarColor(), theme.peakColor(),
                theme.troughColor());
        renderer.setDefaultToolTipGenerator(new CategoryTooltips(formats.number()));
        CategoryPlot plot = plot(labels, renderer, parts.valueAxis(labels.valueAxis(), formats.number()));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(peakLabel, theme.peakColor()));
        legend.add(new LegendItem(troughLabel, theme.troughColor()));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = parts.chart(labels.title(), plot);
        List<String> monthNames = formats.monthNames();
        return new LiveChart<>(chart, next -> {
            plot.setDataset(ChartDatasets.calendarMonths(labels.valueAxis(), next, monthNames));
            parts.fitTicks((NumberAxis) plot.getRangeAxis(), List.of(SeriesValues.copy(next)));
        }, values);
    }

    /**
     * Bars in a percentage chart up to which every bar carries its label: a chart of the page's usual height gives
     * each of eight bars about twice a label's height.
     */
    static final int MAX_BARS_ALL_LABELLED = 8;

    /**
     * Horizontal bars of fractions (0.125 is 12.5%), each labelled with its percentage; with more than
     * {@value #MAX_BARS_ALL_LABELLED} bars only the first series' bars.
     */
    LiveChart<CategorySeries> percentages(ChartLabels labels, CategorySeries data) {
        BarRenderer renderer = new BarRenderer();
        NumberFormat percent = formats.percent();
        NumberFormat valuePercent = formats.valuePercent();
        renderer.setDefaultToolTipGenerator(new CategoryTooltips(valuePercent));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", valuePercent));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemMargin(0.04);
        NumberAxis axis = parts.valueAxis(labels.valueAxis(), percent);
        axis.setUpperMargin(0.15); // room for the labels at the ends of the longest bars
        CategoryPlot plot = plot(labels, renderer, axis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Percentages read along the bottom, as on paper; on top the axis crowds the title.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        // Attribute values (regions, customer types) can be long: give them up to 35 % of the width.
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        JFreeChart chart = parts.chart(labels.title(), plot);
        return new LiveChart<>(chart, next -> {
            plot.setDataset(ChartDatasets.categories(next));
            chart.getLegend().setVisible(next.series().size() > 1);
            // Many bars side by side are thinner than a label is high: then only the first series (the current
            // period) is labelled, so labels never stand on each other; the others read in the tooltip.
            boolean labelEvery = next.series().size() * next.categories().size() <= MAX_BARS_ALL_LABELLED;
            for (int series = 0; series < next.series().size(); series++) {
                renderer.setSeriesItemLabelsVisible(series, labelEvery || series == 0);
            }
        }, data);
    }

    private static CategoryPlot plot(ChartLabels labels, BarRenderer renderer, NumberAxis valueAxis) {
        CategoryAxis categories = new CategoryAxis(ChartParts.blankAsNull(labels.categoryAxis()));
        categories.setCategoryMargin(0.2);
        CategoryPlot plot = new CategoryPlot(null, categories, valueAxis, renderer);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }
}
