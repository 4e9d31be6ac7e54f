package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Shares against shares on two 0–100 % axes: the given lines with their points marked, and the diagonal as a
 * grey dashed line listed last in the legend (a lift or a reliability chart).
 */
final class ShareChartBuilder {

    private static final Color DIAGONAL = new Color(0x8A, 0x93, 0x9E);
    private static final double PAD = 0.02;

    private final ChartParts parts;
    private final ChartFormats formats;

    ShareChartBuilder(ChartParts parts, ChartFormats formats) {
        this.parts = parts;
        this.formats = formats;
    }

    LiveChart<ShareLines> chart(ChartLabels labels, ShareLines data) {
        NumberAxis xAxis = parts.valueAxis(labels.categoryAxis(), formats.percent());
        NumberAxis yAxis = parts.valueAxis(labels.valueAxis(), formats.percent());
        for (NumberAxis axis : List.of(xAxis, yAxis)) {
            axis.setAutoRange(false);
            axis.setRange(-PAD, 1 + PAD);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} → {2}", formats.valuePercent(),
                formats.valuePercent()));
        XYPlot plot = new XYPlot(null, xAxis, yAxis, renderer);
        JFreeChart chart = parts.chart(labels.title(), plot);
        return new LiveChart<>(chart, next -> {
            plot.setDataset(dataset(next));
            colour(renderer, next.lines().size());
        }, data);
    }

    private static XYSeriesCollection dataset(ShareLines data) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, List<ShareLines.Point>> line : data.lines().entrySet()) {
            XYSeries series = new XYSeries(line.getKey(), false, true);
            line.getValue().forEach(point -> series.add(point.x(), point.y()));
            dataset.addSeries(series);
        }
        if (!data.diagonal().isBlank()) {
            XYSeries diagonal = new XYSeries(data.diagonal(), false, true);
            diagonal.add(0, 0);
            diagonal.add(1, 1);
            dataset.addSeries(diagonal);
        }
        return dataset;
    }

    /** Fixed colours per position; the diagonal (after the lines) grey, dashed and without points. */
    private void colour(XYLineAndShapeRenderer renderer, int lines) {
        BasicStroke solid = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int i = 0; i < lines; i++) {
            renderer.setSeriesPaint(i, parts.theme().seriesColor(i));
            renderer.setSeriesStroke(i, solid);
            renderer.setSeriesShapesVisible(i, true);
        }
        renderer.setSeriesPaint(lines, DIAGONAL);
        renderer.setSeriesStroke(lines, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(lines, false);
    }
}
