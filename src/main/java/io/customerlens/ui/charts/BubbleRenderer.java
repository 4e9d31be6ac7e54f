package io.customerlens.ui.charts;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws each point as a circle whose area follows its size. Sizes are turned into pixels here rather
 * than with an XYBubbleRenderer, whose bubbles are measured in axis units and turn into ovals on a log axis.
 * Tooltips and labels come from the points themselves.
 */
final class BubbleRenderer extends XYLineAndShapeRenderer {

    static final double MIN_DIAMETER = 7;
    static final double MAX_DIAMETER = 46;

    private List<List<ScatterPoint>> points = List.of();
    private double largest;

    BubbleRenderer() {
        super(false, true);
        setDefaultToolTipGenerator((dataset, series, item) -> point(series, item).tooltip());
        setDefaultItemLabelGenerator((dataset, series, item) -> {
            ScatterPoint point = point(series, item);
            return point.labelled() ? point.label() : null;
        });
        setDefaultItemLabelsVisible(true);
        setDrawOutlines(true);
        setUseOutlinePaint(true);
        // Every group is drawn as circles: the legend shows circles too, not the default square, triangle…
        setDefaultLegendShape(new Ellipse2D.Double(-5, -5, 10, 10));
    }

    /** The points in the dataset's order: series by series, item by item. */
    void show(QuadrantScatter data) {
        points = new ArrayList<>(data.groups().values());
        largest = data.groups().values().stream().flatMap(List::stream)
                .mapToDouble(ScatterPoint::size).max().orElse(0);
    }

    ScatterPoint point(int series, int item) {
        return points.get(series).get(item);
    }

    /** Above its circle rather than on it: neighbouring circles overlap, their names should not hide in them. */
    @Override
    protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series, int item,
                                 double x, double y, boolean negative) {
        ScatterPoint point = point(series, item);
        if (!point.labelled()) {
            return;
        }
        double radius = diameter(point.size(), largest) / 2;
        g2.setFont(getItemLabelFont(series, item));
        g2.setPaint(getItemLabelPaint(series, item));
        TextUtils.drawAlignedString(point.label(), g2, (float) x, (float) (y - radius - 2), TextAnchor.BOTTOM_CENTER);
    }

    @Override
    public Shape getItemShape(int series, int item) {
        double diameter = diameter(point(series, item).size(), largest);
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    /** Area proportional to size, the largest point at {@link #MAX_DIAMETER}, none smaller than {@link #MIN_DIAMETER}. */
    static double diameter(double size, double largest) {
        if (largest <= 0) {
            return MIN_DIAMETER;
        }
        return Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(Math.max(size, 0) / largest));
    }
}
