package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * A scatter divided into four quadrants (the BCG matrix): x on a log scale, y as percentages, circles
 * sized by a third figure, the two dividing lines drawn and the quadrants named in the corners.
 */
final class QuadrantChartBuilder {

    private static final Color LINE = new Color(0x55, 0x5B, 0x66);
    private static final Color CORNER_TEXT = new Color(0x8A, 0x93, 0x9E);
    private static final int FILL_ALPHA = 150;
    /** Ticks every power of two (…, 0.5, 1, 2, 4, …) read as "half", "twice": the x axis is a multiple. */
    private static final double LOG_BASE = 2;
    private static final int MOST_TICKS = 9;
    /** A unit that stopped selling: the lowest sales growth there is (−100%). */
    private static final double LOWEST_GROWTH = -1;

    private final ChartParts parts;
    private final ChartFormats formats;

    QuadrantChartBuilder(ChartParts parts, ChartFormats formats) {
        this.parts = parts;
        this.formats = formats;
    }

    LiveChart<QuadrantScatter> quadrants(ChartLabels labels, QuadrantNames corners, QuadrantScatter data) {
        LogAxis xAxis = new LogAxis(ChartParts.blankAsNull(labels.categoryAxis()));
        xAxis.setBase(LOG_BASE);
        xAxis.setSmallestValue(1e-9);
        xAxis.setNumberFormatOverride(formats.multiples());
        xAxis.setAutoRange(false);
        xAxis.setAutoTickUnitSelection(false);
        xAxis.setMinorTickMarksVisible(false);
        NumberAxis yAxis = parts.valueAxis(labels.valueAxis(), formats.percent());
        yAxis.setAutoRange(false);

        BubbleRenderer renderer = new BubbleRenderer();
        XYPlot plot = new XYPlot(null, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = parts.chart(labels.title(), plot);
        renderer.setDefaultItemLabelFont(parts.theme().getSmallFont().deriveFont(Font.BOLD));
        addCorners(plot, corners);
        renderer.reserveCorners(corners, parts.theme().getExtraLargeFont());
        return new LiveChart<>(chart, next -> {
            renderer.show(next);
            plot.setDataset(dataset(next));
            colour(renderer, next.groups().size());
            markers(plot, next);
            ranges(xAxis, yAxis, next);
            // Growth (the y axis) is never below −100%: the room below holds the circles, without ticks. Above the
            // band line heights are no growth: no percentages are written there either.
            yAxis.setNumberFormatOverride(new TicksWithin(formats.percent(), LOWEST_GROWTH,
                    next.bandLine() == null ? Double.POSITIVE_INFINITY : next.bandLine()));
        }, data);
    }

    private static XYSeriesCollection dataset(QuadrantScatter data) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, List<ScatterPoint>> group : data.groups().entrySet()) {
            // Not sorted: item i must stay point i, which the renderer's tooltips and sizes look up.
            XYSeries series = new XYSeries(group.getKey(), false, true);
            group.getValue().forEach(point -> series.add(point.x(), point.y()));
            dataset.addSeries(series);
        }
        return dataset;
    }

    private void colour(BubbleRenderer renderer, int groups) {
        for (int i = 0; i < groups; i++) {
            Color color = parts.theme().seriesColor(i);
            renderer.setSeriesPaint(i, new Color(color.getRed(), color.getGreen(), color.getBlue(), FILL_ALPHA));
            renderer.setSeriesOutlinePaint(i, color.darker());
        }
    }

    private void markers(XYPlot plot, QuadrantScatter data) {
        Font bandFont = parts.theme().getRegularFont();
        plot.clearDomainMarkers();
        plot.clearRangeMarkers();
        BasicStroke dashed = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        if (data.xLine() != null) {
            plot.addDomainMarker(new ValueMarker(data.xLine(), LINE, dashed));
        }
        if (data.yLine() != null) {
            plot.addRangeMarker(new ValueMarker(data.yLine(), LINE, dashed));
        }
        if (data.bandLine() != null) {
            ValueMarker band = new ValueMarker(data.bandLine(), CORNER_TEXT, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            band.setLabel(data.bandLabel());
            band.setLabelFont(bandFont);
            band.setLabelPaint(CORNER_TEXT);
            band.setLabelAnchor(RectangleAnchor.TOP);
            band.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addRangeMarker(band);
        }
    }

    /** Both lines and every circle inside the plot, with room around for the circles and corner names. */
    private static void ranges(LogAxis xAxis, NumberAxis yAxis, QuadrantScatter data) {
        List<ScatterPoint> points = data.groups().values().stream().flatMap(List::stream).toList();
        double xMin = points.stream().mapToDouble(ScatterPoint::x).min().orElse(1);
        double xMax = points.stream().mapToDouble(ScatterPoint::x).max().orElse(1);
        if (data.xLine() != null) {
            xMin = Math.min(xMin, data.xLine());
            xMax = Math.max(xMax, data.xLine());
        }
        double lower = xMin / 1.8;
        double upper = xMax * 1.8;
        xAxis.setRange(lower, upper);
        double span = Math.log(upper / lower) / Math.log(LOG_BASE);
        xAxis.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(span / MOST_TICKS))));

        double yMin = Math.min(0, points.stream().mapToDouble(ScatterPoint::y).min().orElse(0));
        double yMax = Math.max(0, points.stream().mapToDouble(ScatterPoint::y).max().orElse(0));
        if (data.bandLine() != null) {
            yMax = Math.max(yMax, data.bandLine());
        }
        if (data.yLine() != null) {
            yMin = Math.min(yMin, data.yLine());
            yMax = Math.max(yMax, data.yLine());
        }
        double pad = Math.max(0.05, (yMax - yMin) * 0.14);
        // More room on top: the highest circles carry their labels above them, under the corner names.
        yAxis.setRange(yMin - pad, yMax + pad * 1.6);
    }

    private void addCorners(XYPlot plot, QuadrantNames names) {
        corner(plot, names.topLeft(), 0.01, 0.99, RectangleAnchor.TOP_LEFT);
        corner(plot, names.topRight(), 0.99, 0.99, RectangleAnchor.TOP_RIGHT);
        corner(plot, names.bottomLeft(), 0.01, 0.01, RectangleAnchor.BOTTOM_LEFT);
        corner(plot, names.bottomRight(), 0.99, 0.01, RectangleAnchor.BOTTOM_RIGHT);
    }

    private void corner(XYPlot plot, String text, double x, double y, RectangleAnchor anchor) {
        TextTitle title = new TextTitle(text, parts.theme().getExtraLargeFont());
        title.setPaint(CORNER_TEXT);
        title.setBackgroundPaint(null);
        plot.addAnnotation(new CornerName(title, x, y, anchor));
    }

}
