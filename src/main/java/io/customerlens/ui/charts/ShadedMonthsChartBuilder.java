package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Month;

import java.awt.Color;
import java.awt.Rectangle;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Monthly bars over a time axis with shaded months behind them. Shades are interval markers, so a month
 * without a bar still shows (a gap is visible, not just an absent bar); the legend names the bars and both
 * shades, and the shades are light enough to print in black and white.
 */
final class ShadedMonthsChartBuilder {

    private static final Color LIGHT = new Color(0xE6, 0xE8, 0xEC);
    private static final Color STRONG = new Color(0xF6, 0xC7, 0xB6);

    private final ChartParts parts;
    private final ChartFormats formats;

    ShadedMonthsChartBuilder(ChartParts parts, ChartFormats formats) {
        this.parts = parts;
        this.formats = formats;
    }

    LiveChart<ShadedMonths> chart(ChartLabels labels, ShadedMonths data) {
        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setShadowVisible(false);
        bars.setDefaultToolTipGenerator(new MonthTooltips(formats.yearMonth(), formats.number()));
        bars.setSeriesPaint(0, parts.theme().seriesColor(0));

        XYPlot plot = new XYPlot();
        DateAxis months = MonthlyChartBuilder.timeAxis(labels.categoryAxis(), formats);
        // Each bar spans its month: a label in the middle names the bar above it, not the boundary.
        months.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        plot.setDomainAxis(months);
        plot.setRangeAxis(parts.valueAxis(labels.valueAxis(), formats.number()));
        plot.setRenderer(bars);
        JFreeChart chart = parts.chart(labels.title(), plot);
        // Room on the right for the last month's tick label, which is centred on the plot's edge.
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        return new LiveChart<>(chart, next -> {
            SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
            series.put(next.seriesName(), next.values());
            plot.setDataset(ChartDatasets.monthly(next.months(), series));
            plot.clearDomainMarkers();
            next.lightShade().forEach(month -> plot.addDomainMarker(marker(month, LIGHT), Layer.BACKGROUND));
            next.strongShade().forEach(month -> plot.addDomainMarker(marker(month, STRONG), Layer.BACKGROUND));
            plot.setFixedLegendItems(legend(next, bars));
            parts.fitTicks((NumberAxis) plot.getRangeAxis(), List.of(next.values()));
        }, data);
    }

    private static IntervalMarker marker(YearMonth month, Color color) {
        Month period = new Month(month.getMonthValue(), month.getYear());
        IntervalMarker marker = new IntervalMarker(period.getFirstMillisecond(), period.getLastMillisecond());
        marker.setPaint(color);
        marker.setOutlinePaint(null);
        return marker;
    }

    private static LegendItemCollection legend(ShadedMonths data, XYBarRenderer bars) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(data.seriesName(), null, null, null, new Rectangle(10, 10),
                bars.lookupSeriesPaint(0)));
        items.add(new LegendItem(data.lightName(), null, null, null, new Rectangle(10, 10), LIGHT));
        items.add(new LegendItem(data.strongName(), null, null, null, new Rectangle(10, 10), STRONG));
        return items;
    }
}
