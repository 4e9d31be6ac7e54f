package io.customerlens.ui.charts;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws each point as a circle whose area follows its size. Sizes are turned into pixels here rather
 * than with an XYBubbleRenderer, whose bubbles are measured in axis units and turn into ovals on a log axis.
 * Tooltips and labels come from the points themselves.
 */
final class BubbleRenderer extends XYLineAndShapeRenderer {

    static final double MIN_DIAMETER = 7;
    static final double MAX_DIAMETER = 46;

    /** Longer labels are cut, so one long product name cannot cover its neighbours. */
    static final int LABEL_LENGTH = 14;

    private final List<PendingLabel> pendingLabels = new ArrayList<>();
    private Rectangle2D labelArea;
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

    /** Above its circle rather than on it; kept until every circle is drawn, then written over them all. */
    @Override
    protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series, int item,
                                 double x, double y, boolean negative) {
        ScatterPoint point = point(series, item);
        if (point.labelled()) {
            double radius = diameter(point.size(), largest) / 2;
            pendingLabels.add(new PendingLabel(point.size(), shortened(point.label()), getItemLabelFont(series, item),
                    getItemLabelPaint(series, item), (float) x, (float) (y - radius - 2)));
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
                                          PlotRenderingInfo info) {
        pendingLabels.clear();
        labelArea = dataArea;
        return super.initialise(g2, dataArea, plot, dataset, info);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
        if (pass == getPassCount() - 1 && isLastItem(dataset, series, item, plot.getSeriesRenderingOrder())) {
            drawLabels(g2);
        }
    }

    /** Largest first; a label that would overlap one already written is left out (its tooltip still names it). */
    private void drawLabels(Graphics2D g2) {
        pendingLabels.sort(Comparator.comparingDouble(PendingLabel::size).reversed());
        List<Rectangle2D> taken = new ArrayList<>();
        for (PendingLabel label : pendingLabels) {
            g2.setFont(label.font());
            float x = insideLabelArea(g2, label);
            Rectangle2D bounds = TextUtils.calcAlignedStringBounds(label.text(), g2, x, label.y(),
                    TextAnchor.BOTTOM_CENTER);
            if (taken.stream().noneMatch(bounds::intersects)) {
                taken.add(bounds);
                g2.setPaint(label.paint());
                TextUtils.drawAlignedString(label.text(), g2, x, label.y(), TextAnchor.BOTTOM_CENTER);
            }
        }
        pendingLabels.clear();
    }

    /** The label's centre moved left or right so that the plot's edge does not cut it. */
    private float insideLabelArea(Graphics2D g2, PendingLabel label) {
        if (labelArea == null) {
            return label.x();
        }
        double half = TextUtils.calcAlignedStringBounds(label.text(), g2, 0, 0, TextAnchor.BOTTOM_CENTER).getWidth() / 2;
        double lowest = labelArea.getMinX() + half + 2;
        double highest = labelArea.getMaxX() - half - 2;
        return (float) (lowest > highest ? label.x() : Math.clamp(label.x(), lowest, highest));
    }

    /** The plot draws the series last to first by default (REVERSE), each from its first item to its last. */
    private static boolean isLastItem(XYDataset dataset, int series, int item, SeriesRenderingOrder order) {
        int step = order == SeriesRenderingOrder.REVERSE ? -1 : 1;
        for (int later = series + step; later >= 0 && later < dataset.getSeriesCount(); later += step) {
            if (dataset.getItemCount(later) > 0) {
                return false;
            }
        }
        return item == dataset.getItemCount(series) - 1;
    }

    /** Product names can be long: the chart shows the start, the tooltip the whole name. */
    static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_LENGTH ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
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

    private record PendingLabel(double size, String text, Font font, Paint paint, float x, float y) {
    }
}
