package io.customerlens.ui.lapse.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the three canvases of the timeline: the month header, the row labels and the grid. Only the
 * visible rows and columns are drawn, so the cost of a repaint depends on the window, not the model.
 */
final class TimelinePainter {

    private static final double CELL_GAP = 1;
    private static final double CELL_INSET_Y = 3;
    private static final double LABEL_PADDING = 8;
    private static final double MIN_STICKY_YEAR_ROOM = 44;

    private final Font labelFont;
    private final Font monthFont;
    private final Font yearFont;
    private final TextFitter fitter;

    TimelinePainter() {
        // The default family, not a named one: it is the font the platform maps to a CJK-capable face.
        String family = Font.getDefault().getFamily();
        labelFont = Font.font(family, 12);
        monthFont = Font.font(family, 10);
        yearFont = Font.font(family, FontWeight.BOLD, 12);
        fitter = new TextFitter(labelFont);
    }

    /** The canvas's context after painting the whole canvas in {@code background}. */
    private static GraphicsContext cleared(Canvas canvas, javafx.scene.paint.Color background) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    void paintGrid(Canvas canvas, TimelineFrame frame) {
        GraphicsContext g = cleared(canvas, TimelinePalette.BACKGROUND);
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        TimelineGeometry geometry = frame.geometry();
        TimelineGeometry.Span rows = geometry.visibleRows(frame.scrollY(), height);
        TimelineGeometry.Span columns = geometry.visibleColumns(frame.scrollX(), width);
        paintStripes(g, frame, rows, width);
        paintYearLines(g, frame, columns, Math.min(height, geometry.contentHeight() - frame.scrollY()));
        for (int row = rows.first(); row < rows.end(); row++) {
            paintRowCells(g, frame, row, columns);
        }
        paintAsOfLine(g, frame, Math.min(height, geometry.contentHeight() - frame.scrollY()));
        paintSelection(g, frame, rows, width);
    }

    void paintLabels(Canvas canvas, TimelineFrame frame) {
        GraphicsContext g = cleared(canvas, TimelinePalette.BACKGROUND);
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        TimelineGeometry geometry = frame.geometry();
        TimelineGeometry.Span rows = geometry.visibleRows(frame.scrollY(), height);
        paintStripes(g, frame, rows, width);
        paintSelection(g, frame, rows, width);
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double room = width - 2 * LABEL_PADDING;
        for (int row = rows.first(); row < rows.end(); row++) {
            double middle = geometry.rowTop(row, frame.scrollY()) + geometry.rowHeight() / 2;
            g.setFill(row == frame.selectedRow() ? TimelinePalette.SELECTED_TEXT : TimelinePalette.TEXT);
            g.fillText(fitter.fit(frame.model().rowLabel(row), room), LABEL_PADDING, middle);
        }
        g.setStroke(TimelinePalette.BORDER);
        g.setLineWidth(1);
        g.strokeLine(width - 0.5, 0, width - 0.5, height);
    }

    /** Two lines: the year at every January (and at the left edge when room allows), month numbers below. */
    void paintHeader(Canvas canvas, TimelineFrame frame) {
        GraphicsContext g = cleared(canvas, TimelinePalette.HEADER_BACKGROUND);
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        TimelineGeometry geometry = frame.geometry();
        TimelineGeometry.Span columns = geometry.visibleColumns(frame.scrollX(), width);
        paintAsOfHeader(g, frame, height);
        double middle = height / 2;
        paintYears(g, frame, columns, height);
        paintMonthNumbers(g, frame, columns, middle, height);
        g.setStroke(TimelinePalette.BORDER);
        g.setLineWidth(1);
        g.strokeLine(0, height - 0.5, width, height - 0.5);
    }

    private static void paintStripes(GraphicsContext g, TimelineFrame frame, TimelineGeometry.Span rows, double width) {
        // Every other row slightly tinted, so the eye can follow a long row from its name to the as-of month.
        g.setFill(TimelinePalette.STRIPE);
        TimelineGeometry geometry = frame.geometry();
        for (int row = rows.first(); row < rows.end(); row++) {
            if (row % 2 == 1) {
                g.fillRect(0, geometry.rowTop(row, frame.scrollY()), width, geometry.rowHeight());
            }
        }
    }

    private static void paintYearLines(GraphicsContext g, TimelineFrame frame, TimelineGeometry.Span columns,
                                       double bottom) {
        g.setStroke(TimelinePalette.YEAR_LINE);
        g.setLineWidth(1);
        for (int column = columns.first(); column < columns.end(); column++) {
            if (isJanuary(frame.month(column))) {
                double x = Math.floor(frame.geometry().columnLeft(column, frame.scrollX())) + 0.5;
                g.strokeLine(x, 0, x, bottom);
            }
        }
    }

    private static void paintRowCells(GraphicsContext g, TimelineFrame frame, int row, TimelineGeometry.Span columns) {
        TimelineGeometry geometry = frame.geometry();
        double top = geometry.rowTop(row, frame.scrollY()) + CELL_INSET_Y;
        double cellHeight = geometry.rowHeight() - 2 * CELL_INSET_Y;
        double cellWidth = geometry.columnWidth() - CELL_GAP;
        for (int column = columns.first(); column < columns.end(); column++) {
            Color fill = TimelinePalette.fill(frame.model().cell(row, frame.month(column)));
            if (fill != null) {
                g.setFill(fill);
                g.fillRect(geometry.columnLeft(column, frame.scrollX()) + CELL_GAP, top, cellWidth, cellHeight);
            }
        }
    }

    private static void paintAsOfLine(GraphicsContext g, TimelineFrame frame, double bottom) {
        // The right edge of the as-of month: everything left of it is history, nothing right of it is drawn.
        double x = frame.geometry().columnLeft(frame.asOfColumn() + 1, frame.scrollX());
        g.setStroke(TimelinePalette.AS_OF);
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, bottom);
    }

    private static void paintSelection(GraphicsContext g, TimelineFrame frame, TimelineGeometry.Span rows, double width) {
        if (rows.contains(frame.selectedRow())) {
            double top = frame.geometry().rowTop(frame.selectedRow(), frame.scrollY());
            double height = frame.geometry().rowHeight();
            g.setFill(TimelinePalette.SELECTED_ROW);
            g.fillRect(0, top, width, height);
            // An outline as well as the tint: a tint alone is hard to see over dark lapse cells.
            g.setStroke(TimelinePalette.AS_OF);
            g.setLineWidth(1);
            g.strokeRect(0.5, Math.floor(top) + 0.5, width - 1, height - 1);
        }
    }

    private static void paintAsOfHeader(GraphicsContext g, TimelineFrame frame, double height) {
        double left = frame.geometry().columnLeft(frame.asOfColumn(), frame.scrollX());
        g.setFill(TimelinePalette.AS_OF_HEADER);
        g.fillRect(left, 0, frame.geometry().columnWidth(), height);
        g.setStroke(TimelinePalette.AS_OF);
        g.setLineWidth(2);
        double right = left + frame.geometry().columnWidth();
        g.strokeLine(right, 0, right, height);
    }

    private void paintYears(GraphicsContext g, TimelineFrame frame, TimelineGeometry.Span columns, double height) {
        g.setFont(yearFont);
        g.setFill(TimelinePalette.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        TimelineGeometry geometry = frame.geometry();
        double middle = height / 4 + 1;
        if (!columns.isEmpty() && !isJanuary(frame.month(columns.first()))
                && roomBeforeNextJanuary(frame, columns.first()) >= MIN_STICKY_YEAR_ROOM) {
            g.fillText(year(frame.month(columns.first())), 4, middle);
        }
        g.setStroke(TimelinePalette.YEAR_LINE);
        g.setLineWidth(1);
        for (int column = columns.first(); column < columns.end(); column++) {
            if (isJanuary(frame.month(column))) {
                double left = Math.floor(geometry.columnLeft(column, frame.scrollX())) + 0.5;
                g.strokeLine(left, 0, left, height);
                g.fillText(year(frame.month(column)), left + 4, middle);
            }
        }
    }

    private static double roomBeforeNextJanuary(TimelineFrame frame, int column) {
        int monthsLeft = 12 - Math.floorMod(frame.month(column), 12);
        return frame.geometry().columnLeft(column + monthsLeft, frame.scrollX());
    }

    private void paintMonthNumbers(GraphicsContext g, TimelineFrame frame, TimelineGeometry.Span columns,
                                   double top, double bottom) {
        g.setFont(monthFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        TimelineGeometry geometry = frame.geometry();
        double middle = (top + bottom) / 2;
        for (int column = columns.first(); column < columns.end(); column++) {
            int month = frame.month(column);
            g.setFill(isJanuary(month) ? TimelinePalette.TEXT : TimelinePalette.MUTED_TEXT);
            double center = geometry.columnLeft(column, frame.scrollX()) + geometry.columnWidth() / 2;
            g.fillText(Integer.toString(Math.floorMod(month, 12) + 1), center, middle);
        }
    }

    private static boolean isJanuary(int monthIndex) {
        return Math.floorMod(monthIndex, 12) == 0;
    }

    private static String year(int monthIndex) {
        return Integer.toString(Math.floorDiv(monthIndex, 12));
    }
}
