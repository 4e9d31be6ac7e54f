package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines and bars over calendar months on one time axis (customer movement: active, new, lost, returned
 * per month, the customer base as bars behind them). Lines are drawn over the bars.
 */
final class MonthlyChartBuilder {

    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
    /** Bars sit behind the lines: a see-through fill keeps the lines and grid readable over them. */
    private static final int BAR_ALPHA = 120;
    private static final Color BAND_FILL = new Color(0xE6, 0xE8, 0xEC);
    /** The swatch's outline, so the light band's grey still reads as a box on the legend's white. */
    private static final Color BAND_EDGE = new Color(0x9A, 0xA1, 0xAB);

    private final ChartParts parts;
    private final ChartFormats formats;

    MonthlyChartBuilder(ChartParts parts, ChartFormats formats) {
        this.parts = parts;
        this.formats = formats;
    }

    LiveChart<MonthlySeries> movement(ChartLabels labels, MonthlySeries data) {
        MonthTooltips tooltips = new MonthTooltips(formats.yearMonth(), formats.number());
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setDefaultToolTipGenerator(tooltips);
        ClusteredXYBarRenderer bars = new ClusteredXYBarRenderer(0.2, false);
        bars.setDefaultToolTipGenerator(tooltips);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(timeAxis(labels.categoryAxis(), formats));
        plot.setRangeAxis(parts.valueAxis(labels.valueAxis(), formats.number()));
        // The plot draws the last dataset first: lines (0) end up on top of bars (1).
        plot.setRenderer(0, lines);
        plot.setRenderer(1, bars);
        JFreeChart chart = parts.chart(labels.title(), plot);
        BandLegend bandLegend = new BandLegend();
        if (chart.getLegend() != null) {
            chart.getLegend().setSources(new LegendItemSource[] {plot, bandLegend});
        }
        return new LiveChart<>(chart, next -> {
            plot.setDataset(0, ChartDatasets.monthly(next.months(), next.lines()));
            plot.setDataset(1, ChartDatasets.monthly(next.months(), next.bars()));
            colour(lines, bars, next);
            shade(plot, next.band());
            bandLegend.show(next.band());
            List<List<Number>> all = new ArrayList<>(next.lines().values());
            all.addAll(next.bars().values());
            parts.fitTicks((NumberAxis) plot.getRangeAxis(), all);
        }, data);
    }

    /**
     * The band's months behind the series, from the first day of its first month to the last of its last. Its name
     * is a legend entry with the band's grey, not a label inside the plot: there it sat on the lines it shades
     * (issue 16, "Start of data" over the customer-base line).
     */
    private void shade(XYPlot plot, MonthBand band) {
        plot.clearDomainMarkers();
        if (band == null) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        IntervalMarker marker = new IntervalMarker(
                band.from().atDay(1).atStartOfDay(zone).toInstant().toEpochMilli(),
                band.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli(),
                BAND_FILL);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    /** The shaded band's legend entry, after the series' ones; none while no band is shown. */
    private static final class BandLegend implements LegendItemSource {

        private LegendItemCollection items = new LegendItemCollection();

        void show(MonthBand band) {
            LegendItemCollection next = new LegendItemCollection();
            if (band != null) {
                LegendItem item = new LegendItem(band.label(), null, null, null,
                        new Rectangle2D.Double(-6, -4, 12, 8), BAND_FILL, new BasicStroke(1f), BAND_EDGE);
                next.add(item);
            }
            items = next;
        }

        @Override
        public LegendItemCollection getLegendItems() {
            return items;
        }
    }

    /** Fixed colours per position, so a series keeps its colour when the data is replaced. */
    private void colour(XYLineAndShapeRenderer lines, ClusteredXYBarRenderer bars, MonthlySeries data) {
        ChartTheme theme = parts.theme();
        int lineCount = data.lines().size();
        for (int i = 0; i < lineCount; i++) {
            lines.setSeriesPaint(i, theme.seriesColor(i));
        }
        for (int i = 0; i < data.bars().size(); i++) {
            Color color = theme.seriesColor(lineCount + i);
            bars.setSeriesPaint(i, new Color(color.getRed(), color.getGreen(), color.getBlue(), BAR_ALPHA));
        }
    }

    /** Ticks on whole months, every 1, 2, 3, 6 or 12 months as the width allows, labelled 2024-03. */
    static DateAxis timeAxis(String label, ChartFormats formats) {
        DateAxis axis = new DateAxis(ChartParts.blankAsNull(label));
        TickUnits units = new TickUnits();
        for (int step : MONTH_STEPS) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, step, formats.yearMonth()));
        }
        axis.setStandardTickUnits(units);
        // Labels under the middle of their month, where its bar and its point are: at the month's start, a bar
        // chart read "2026-04" under the March bar's right edge.
        axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }
}
