package io.customerlens.ui.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places the names of a bubble chart's circles so that none covers another name, another circle or a reserved
 * area (the quadrant names in the corners). Largest circle first; each name tries above its circle, then below,
 * right and left, and is left out when none of those is free: its tooltip still names it. Pure geometry in
 * pixels, so it is tested without a screen.
 */
final class LabelPlacer {

    /** Pixels between a circle and its name. */
    static final double GAP = 2;

    private LabelPlacer() {
    }

    /**
     * A circle and, when {@code labelled}, its name's size.
     *
     * @param weight larger circles are placed first
     */
    record Bubble(double x, double y, double radius, double weight, boolean labelled, double labelWidth,
                  double labelHeight) {
    }

    /**
     * @return for each bubble, in the order given, the box its name takes, or empty when it has no name or no
     * free place
     */
    static List<Optional<Rectangle2D>> place(List<Bubble> bubbles, List<Rectangle2D> reserved, Rectangle2D area) {
        List<Optional<Rectangle2D>> placed = new ArrayList<>(bubbles.size());
        bubbles.forEach(bubble -> placed.add(Optional.empty()));
        List<Rectangle2D> taken = new ArrayList<>(reserved);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bubbles.size(); i++) {
            if (bubbles.get(i).labelled()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> bubbles.get(i).weight()).reversed());
        for (int index : order) {
            Bubble bubble = bubbles.get(index);
            for (Rectangle2D box : candidates(bubble, area)) {
                if (area.contains(box) && taken.stream().noneMatch(box::intersects)
                        && !coversAnotherCircle(box, bubbles, index)) {
                    taken.add(box);
                    placed.set(index, Optional.of(box));
                    break;
                }
            }
        }
        return placed;
    }

    /** Above, below, right, left; a name above or below slides sideways (one beside, up or down) to stay in the plot. */
    private static List<Rectangle2D> candidates(Bubble b, Rectangle2D area) {
        double w = b.labelWidth();
        double h = b.labelHeight();
        double off = b.radius() + GAP;
        double centred = slide(b.x() - w / 2, w, area.getMinX(), area.getMaxX());
        double middle = slide(b.y() - h / 2, h, area.getMinY(), area.getMaxY());
        return List.of(
                new Rectangle2D.Double(centred, b.y() - off - h, w, h),
                new Rectangle2D.Double(centred, b.y() + off, w, h),
                new Rectangle2D.Double(b.x() + off, middle, w, h),
                new Rectangle2D.Double(b.x() - off - w, middle, w, h));
    }

    /** The start that keeps [start, start + length] within [min, max] when it fits at all. */
    private static double slide(double start, double length, double min, double max) {
        return length > max - min ? start : Math.clamp(start, min, max - length);
    }

    private static boolean coversAnotherCircle(Rectangle2D box, List<Bubble> bubbles, int own) {
        for (int i = 0; i < bubbles.size(); i++) {
            Bubble other = bubbles.get(i);
            if (i != own && intersects(box, other.x(), other.y(), other.radius())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a circle reaches into a rectangle: the rectangle's nearest point lies within the radius. */
    static boolean intersects(Rectangle2D box, double cx, double cy, double radius) {
        double nearestX = Math.clamp(cx, box.getMinX(), box.getMaxX());
        double nearestY = Math.clamp(cy, box.getMinY(), box.getMaxY());
        double dx = cx - nearestX;
        double dy = cy - nearestY;
        return dx * dx + dy * dy < radius * radius;
    }
}
