package io.customerlens.ui.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A quadrant's name at a fixed share of the drawn plot area (1 % in from a corner). JFreeChart's
 * XYTitleAnnotation places a "relative" position linearly in data values, which on the BCG's log axis puts the
 * left corner names near 1× when the units span 0.001× to 100×: over the right quadrants' circles.
 */
final class CornerName extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final TextTitle title;
    private final double shareX;
    private final double shareY;
    private final RectangleAnchor anchor;

    /** {@code shareX} from the left edge, {@code shareY} from the bottom edge, both 0 to 1. */
    CornerName(TextTitle title, double shareX, double shareY, RectangleAnchor anchor) {
        this.title = title;
        this.shareX = shareX;
        this.shareY = shareY;
        this.anchor = anchor;
    }

    String text() {
        return title.getText();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        title.draw(g2, box(g2, dataArea));
    }

    /** Where the name stands in {@code dataArea}, whatever the axes' ranges and scales. */
    Rectangle2D box(Graphics2D g2, Rectangle2D dataArea) {
        Size2D size = title.arrange(g2, new RectangleConstraint(new Range(0, dataArea.getWidth()),
                new Range(0, dataArea.getHeight())));
        double x = dataArea.getMinX() + shareX * dataArea.getWidth();
        double y = dataArea.getMaxY() - shareY * dataArea.getHeight();
        return RectangleAnchor.createRectangle(size, x, y, anchor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CornerName that && super.equals(that) && title.equals(that.title)
                && shareX == that.shareX && shareY == that.shareY && anchor == that.anchor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(title.getText(), shareX, shareY, anchor);
    }
}
