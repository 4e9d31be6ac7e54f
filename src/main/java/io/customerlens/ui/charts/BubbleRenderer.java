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
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    /** Room kept around a corner name. */
    private static final double CORNER_MARGIN = 3;

    private final List<PendingLabel> pendingLabels = new ArrayList<>();
    private Rectangle2D labelArea;
    private QuadrantNames cornerNames;
    private Font cornerFont;
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

    /** Every circle is kept (names must keep clear of all of them); names are written once all are drawn. */
    @Override
    protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series, int item,
                                 double x, double y, boolean negative) {
        ScatterPoint point = point(series, item);
        pendingLabels.add(new PendingLabel(point.size(), point.labelled() ? shortened(point.label()) : null,
                getItemLabelFont(series, item), getItemLabelPaint(series, item), x, y,
                diameter(point.size(), largest) / 2));
    }

    /** The quadrant names written in the plot's corners, which no circle's name may cover. */
    void reserveCorners(QuadrantNames names, Font font) {
        cornerNames = names;
        cornerFont = font;
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

    /** Names placed by {@link LabelPlacer}: none covers another name, a circle or a corner; the rest are left out. */
    private void drawLabels(Graphics2D g2) {
        List<LabelPlacer.Bubble> bubbles = new ArrayList<>(pendingLabels.size());
        for (PendingLabel label : pendingLabels) {
            double width = 0;
            double height = 0;
            if (label.text() != null) {
                FontMetrics metrics = g2.getFontMetrics(label.font());
                width = metrics.stringWidth(label.text());
                height = metrics.getAscent() + metrics.getDescent();
            }
            bubbles.add(new LabelPlacer.Bubble(label.x(), label.y(), label.radius(), label.size(),
                    label.text() != null, width, height));
        }
        Rectangle2D area = labelArea == null ? new Rectangle2D.Double(-1e6, -1e6, 2e6, 2e6) : labelArea;
        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(bubbles, cornerBoxes(g2, area), area);
        for (int i = 0; i < boxes.size(); i++) {
            PendingLabel label = pendingLabels.get(i);
            boxes.get(i).ifPresent(box -> {
                g2.setFont(label.font());
                g2.setPaint(label.paint());
                TextUtils.drawAlignedString(label.text(), g2, (float) box.getCenterX(), (float) box.getMaxY(),
                        TextAnchor.BOTTOM_CENTER);
            });
        }
        pendingLabels.clear();
    }

    /** Where the corner names stand (as QuadrantChartBuilder anchors them, 1 % in from each corner). */
    private List<Rectangle2D> cornerBoxes(Graphics2D g2, Rectangle2D area) {
        if (cornerNames == null || cornerFont == null) {
            return List.of();
        }
        FontMetrics metrics = g2.getFontMetrics(cornerFont);
        double height = metrics.getAscent() + metrics.getDescent() + 2 * CORNER_MARGIN;
        double left = area.getMinX() + area.getWidth() * 0.01;
        double right = area.getMaxX() - area.getWidth() * 0.01;
        double top = area.getMinY() + area.getHeight() * 0.01;
        double bottom = area.getMaxY() - area.getHeight() * 0.01 - height;
        return List.of(
                corner(metrics, cornerNames.topLeft(), left, top, height, false),
                corner(metrics, cornerNames.topRight(), right, top, height, true),
                corner(metrics, cornerNames.bottomLeft(), left, bottom, height, false),
                corner(metrics, cornerNames.bottomRight(), right, bottom, height, true));
    }

    private static Rectangle2D corner(FontMetrics metrics, String text, double x, double y, double height,
                                      boolean fromRight) {
        double width = metrics.stringWidth(text) + 2 * CORNER_MARGIN;
        return new Rectangle2D.Double(fromRight ? x - width : x, y, width, height);
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

    /** @param text null when the point carries no name */
    private record PendingLabel(double size, String text, Font font, Paint paint, double x, double y, double radius) {
    }
}
