package io.customerlens.ui.lapse.timeline;

/**
 * Where rows and month columns sit in the scrollable grid, in pixels, and which of them a viewport
 * shows. Pure arithmetic, so hit-testing and the visible ranges are tested without a screen.
 * Coordinates are viewport coordinates: content position minus the scroll offset.
 *
 * @param rowCount    rows in the model
 * @param columnCount months from the model's first to its last month
 * @param rowHeight   height of one row, in pixels
 * @param columnWidth width of one month column, in pixels
 */
public record TimelineGeometry(int rowCount, int columnCount, double rowHeight, double columnWidth) {

    /** A half-open range of indexes [{@code first}, {@code end}); empty when first == end. */
    public record Span(int first, int end) {

        public boolean isEmpty() {
            return end <= first;
        }

        public boolean contains(int index) {
            return index >= first && index < end;
        }
    }

    public TimelineGeometry {
        if (rowCount < 0 || columnCount < 0 || rowHeight <= 0 || columnWidth <= 0) {
            throw new IllegalArgumentException("rows %d, columns %d, row height %s, column width %s"
                    .formatted(rowCount, columnCount, rowHeight, columnWidth));
        }
    }

    /**
     * The width of a month column that fills {@code available} pixels with {@code months} columns, no narrower
     * than {@code narrowest} (below it the grid scrolls) and no wider than {@code widest}.
     */
    public static double stretchedColumnWidth(double available, int months, double narrowest, double widest) {
        if (months <= 0 || !(available > 0)) {
            return narrowest;
        }
        return Math.clamp(Math.floor(available / months), narrowest, widest);
    }

    public double contentWidth() {
        return columnCount * columnWidth;
    }

    public double contentHeight() {
        return rowCount * rowHeight;
    }

    /** The row under viewport y, or −1 when the point is outside every row. */
    public int rowAt(double y, double scrollY) {
        return indexAt(y + scrollY, rowHeight, rowCount);
    }

    /** The column under viewport x, or −1 when the point is outside every column. */
    public int columnAt(double x, double scrollX) {
        return indexAt(x + scrollX, columnWidth, columnCount);
    }

    public double rowTop(int row, double scrollY) {
        return row * rowHeight - scrollY;
    }

    public double columnLeft(int column, double scrollX) {
        return column * columnWidth - scrollX;
    }

    /** Rows at least partly inside a viewport of {@code height} scrolled to {@code scrollY}. */
    public Span visibleRows(double scrollY, double height) {
        return visible(scrollY, height, rowHeight, rowCount);
    }

    /** Columns at least partly inside a viewport of {@code width} scrolled to {@code scrollX}. */
    public Span visibleColumns(double scrollX, double width) {
        return visible(scrollX, width, columnWidth, columnCount);
    }

    public double maxScrollX(double viewportWidth) {
        return Math.max(0, contentWidth() - viewportWidth);
    }

    public double maxScrollY(double viewportHeight) {
        return Math.max(0, contentHeight() - viewportHeight);
    }

    /** The horizontal offset that puts {@code column} at the right edge of the viewport (or as near as possible). */
    public double scrollXShowingAtRight(int column, double viewportWidth) {
        return clamp((column + 1) * columnWidth - viewportWidth, maxScrollX(viewportWidth));
    }

    /** The smallest change of {@code scrollY} that brings the whole of {@code row} into view. */
    public double scrollYRevealing(int row, double scrollY, double viewportHeight) {
        double top = row * rowHeight;
        double bottom = top + rowHeight;
        double wanted = scrollY;
        if (top < scrollY) {
            wanted = top;
        } else if (bottom > scrollY + viewportHeight) {
            wanted = bottom - viewportHeight;
        }
        return clamp(wanted, maxScrollY(viewportHeight));
    }

    /** Rows that fit whole in the viewport, at least one: the step of Page Up and Page Down. */
    public int rowsPerPage(double viewportHeight) {
        return Math.max(1, (int) Math.floor(viewportHeight / rowHeight));
    }

    private static int indexAt(double position, double size, int count) {
        if (position < 0) {
            return -1;
        }
        int index = (int) Math.floor(position / size);
        return index < count ? index : -1;
    }

    private static Span visible(double scroll, double extent, double size, int count) {
        if (extent <= 0 || count == 0) {
            return new Span(0, 0);
        }
        int first = Math.clamp((long) Math.floor(Math.max(0, scroll) / size), 0, count);
        int end = Math.clamp((long) Math.ceil((scroll + extent) / size), first, count);
        return new Span(first, end);
    }

    private static double clamp(double value, double max) {
        return Math.clamp(value, 0, max);
    }
}
