package io.customerlens.ui.lapse.timeline;

import io.customerlens.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;

import java.util.function.IntConsumer;

/**
 * The lapse timeline: one row per customer, one column per calendar month, each cell bought, no purchase
 * or part of a lapse episode (coloured by its length), with the as-of month marked. The grid is drawn on
 * a canvas, visible rows and columns only, so 50,000 customers over ten years scroll as smoothly as ten.
 * Row names stay fixed on the left and month ticks on top while the grid scrolls.
 */
public class LapseTimeline extends Region {

    static final double ROW_HEIGHT = 22;
    static final double COLUMN_WIDTH = 16;
    /** Wider than this a month cell reads as a bar, not a month: a short history leaves room at the right instead. */
    static final double MAX_COLUMN_WIDTH = 40;
    static final double LABEL_WIDTH = 180;
    static final double HEADER_HEIGHT = 40;

    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model", TimelineModel.EMPTY);
    private final ObjectProperty<Integer> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final Canvas header = new Canvas();
    private final Canvas labels = new Canvas();
    private final Canvas grid = new Canvas();
    private final Label corner;
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineHover hover;
    /** The grid's width at the last layout: the month columns stretch to fill it. */
    private double gridWidthNow;
    private TimelineGeometry geometry = new TimelineGeometry(0, 0, ROW_HEIGHT, COLUMN_WIDTH);
    private IntConsumer onRowActivated = row -> { };
    private boolean revealAsOfPending = true;

    public LapseTimeline(Messages messages) {
        getStyleClass().add("lapse-timeline");
        setFocusTraversable(true);
        setBackground(new Background(new BackgroundFill(TimelinePalette.BACKGROUND, CornerRadii.EMPTY, Insets.EMPTY)));
        setBorder(new Border(new BorderStroke(TimelinePalette.BORDER, BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                BorderWidths.DEFAULT)));
        corner = cornerLabel(messages);
        header.setId("lapse-timeline-header");
        labels.setId("lapse-timeline-labels");
        grid.setId("lapse-timeline-grid");
        vertical.setId("lapse-timeline-vbar");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setId("lapse-timeline-hbar");
        hover = new TimelineHover(grid, new TimelineTexts(messages), this::modelOrEmpty, () -> geometry,
                horizontal.valueProperty(), vertical.valueProperty());
        getChildren().addAll(header, labels, grid, corner, vertical, horizontal);
        wireScrolling();
        wireMouse();
        addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(this)::handle);
        model.addListener((observable, old, now) -> modelChanged());
        selectedRow.addListener((observable, old, now) -> selectionChanged());
    }

    public final ObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    public final TimelineModel getModel() {
        return model.get();
    }

    public final void setModel(TimelineModel value) {
        model.set(value);
    }

    /** The selected row, or null when none; set by a click or the arrow keys, cleared when the model changes. */
    public final ObjectProperty<Integer> selectedRowProperty() {
        return selectedRow;
    }

    /** Called with the row on a double click or Enter on the selected row (the app opens that customer). */
    public final void setOnRowActivated(IntConsumer callback) {
        onRowActivated = callback == null ? row -> { } : callback;
    }

    public final IntConsumer getOnRowActivated() {
        return onRowActivated;
    }

    /** The legend of the colours this control paints, in the same language. */
    public static TimelineLegend legend(Messages messages) {
        return new TimelineLegend(messages);
    }

    TimelineGeometry geometry() {
        return geometry;
    }

    ScrollBar verticalBar() {
        return vertical;
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    Canvas gridCanvas() {
        return grid;
    }

    Tooltip tooltip() {
        return hover.tooltip();
    }

    TimelineModel modelOrEmpty() {
        TimelineModel current = model.get();
        return current == null ? TimelineModel.EMPTY : current;
    }

    /** The selected row as an int, −1 when none or when it is not a row of the model. */
    int selectedIndex() {
        Integer row = selectedRow.get();
        return row != null && row >= 0 && row < geometry.rowCount() ? row : -1;
    }

    void activate(int row) {
        if (row >= 0 && row < geometry.rowCount()) {
            onRowActivated.accept(row);
        }
    }

    double viewportHeight() {
        return grid.getHeight();
    }

    void scrollByPixels(double dx, double dy) {
        horizontal.setValue(Math.clamp(horizontal.getValue() + dx, 0, horizontal.getMax()));
        vertical.setValue(Math.clamp(vertical.getValue() + dy, 0, vertical.getMax()));
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double barWidth = snapSizeX(vertical.prefWidth(-1));
        double barHeight = snapSizeY(horizontal.prefHeight(-1));
        double gridWidth = Math.max(0, snapSizeX(getWidth() - insets.getRight()) - x - LABEL_WIDTH - barWidth);
        double gridHeight = Math.max(0, snapSizeY(getHeight() - insets.getBottom()) - y - HEADER_HEIGHT - barHeight);
        corner.resizeRelocate(x, y, LABEL_WIDTH, HEADER_HEIGHT);
        place(header, x + LABEL_WIDTH, y, gridWidth, HEADER_HEIGHT);
        place(labels, x, y + HEADER_HEIGHT, LABEL_WIDTH, gridHeight);
        place(grid, x + LABEL_WIDTH, y + HEADER_HEIGHT, gridWidth, gridHeight);
        vertical.resizeRelocate(x + LABEL_WIDTH + gridWidth, y + HEADER_HEIGHT, barWidth, gridHeight);
        horizontal.resizeRelocate(x + LABEL_WIDTH, y + HEADER_HEIGHT + gridHeight, gridWidth, barHeight);
        if (gridWidth != gridWidthNow) {
            gridWidthNow = gridWidth;
            geometry = geometryOf(modelOrEmpty());
        }
        updateScrollBars(gridWidth, gridHeight);
        repaint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + 60 * COLUMN_WIDTH + vertical.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER_HEIGHT + 20 * ROW_HEIGHT + horizontal.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    private static Label cornerLabel(Messages messages) {
        Label label = new Label(messages.get("lapse.timeline.customerHeader"));
        label.setPadding(new Insets(0, 8, 0, 8));
        label.setAlignment(Pos.CENTER_LEFT);
        label.setBackground(new Background(new BackgroundFill(TimelinePalette.HEADER_BACKGROUND, CornerRadii.EMPTY,
                Insets.EMPTY)));
        label.setBorder(new Border(new BorderStroke(TimelinePalette.BORDER, BorderStrokeStyle.SOLID,
                CornerRadii.EMPTY, new BorderWidths(0, 1, 1, 0))));
        return label;
    }

    private static void place(Canvas canvas, double x, double y, double width, double height) {
        canvas.relocate(x, y);
        canvas.setWidth(width);
        canvas.setHeight(height);
    }

    private TimelineGeometry geometryOf(TimelineModel model) {
        int months = Math.max(0, model.lastMonth() - model.firstMonth() + 1);
        return new TimelineGeometry(model.rowCount(), months, ROW_HEIGHT,
                TimelineGeometry.stretchedColumnWidth(gridWidthNow, months, COLUMN_WIDTH, MAX_COLUMN_WIDTH));
    }

    private void wireScrolling() {
        vertical.setUnitIncrement(ROW_HEIGHT);
        horizontal.setUnitIncrement(COLUMN_WIDTH);
        vertical.valueProperty().addListener((observable, old, now) -> repaint());
        horizontal.valueProperty().addListener((observable, old, now) -> repaint());
        for (Canvas canvas : new Canvas[] {grid, labels, header}) {
            canvas.addEventHandler(ScrollEvent.SCROLL, this::wheel);
        }
    }

    private void wheel(ScrollEvent event) {
        double dx = event.getDeltaX();
        double dy = event.getDeltaY();
        if (event.isShiftDown()) {
            // Shift turns the wheel sideways; some platforms already report it as deltaX, others do not.
            scrollByPixels(-(dx != 0 ? dx : dy), 0);
        } else {
            scrollByPixels(-dx, -dy);
        }
        event.consume();
    }

    private void wireMouse() {
        for (Canvas canvas : new Canvas[] {grid, labels}) {
            canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        int row = geometry.rowAt(event.getY(), vertical.getValue());
        if (row >= 0) {
            selectedRow.set(row);
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            activate(geometry.rowAt(event.getY(), vertical.getValue()));
        }
    }

    private void modelChanged() {
        geometry = geometryOf(modelOrEmpty());
        hover.reset();
        selectedRow.set(null);
        vertical.setValue(0);
        revealAsOfPending = true;
        requestLayout();
        repaint();
    }

    private void selectionChanged() {
        int row = selectedIndex();
        if (row >= 0) {
            vertical.setValue(geometry.scrollYRevealing(row, vertical.getValue(), grid.getHeight()));
        }
        repaint();
    }

    private void updateScrollBars(double gridWidth, double gridHeight) {
        configure(vertical, geometry.maxScrollY(gridHeight), gridHeight, geometry.contentHeight());
        configure(horizontal, geometry.maxScrollX(gridWidth), gridWidth, geometry.contentWidth());
        vertical.setBlockIncrement(Math.max(ROW_HEIGHT, gridHeight - ROW_HEIGHT));
        horizontal.setBlockIncrement(Math.max(COLUMN_WIDTH, gridWidth - COLUMN_WIDTH));
        if (revealAsOfPending && gridWidth > 0) {
            // The newest months matter most: start with the as-of month at the right edge.
            TimelineModel current = modelOrEmpty();
            horizontal.setValue(geometry.scrollXShowingAtRight(current.asOfMonth() - current.firstMonth(), gridWidth));
            revealAsOfPending = false;
        }
    }

    /** Values are pixels of scroll offset; the thumb is sized as viewport / content, like a ScrollPane's. */
    private static void configure(ScrollBar bar, double max, double viewport, double content) {
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content > 0 ? max * viewport / content : 0);
        bar.setValue(Math.clamp(bar.getValue(), 0, max));
        bar.setDisable(max <= 0);
    }

    private void repaint() {
        TimelineFrame frame = new TimelineFrame(modelOrEmpty(), geometry, horizontal.getValue(), vertical.getValue(),
                selectedIndex());
        painter.paintGrid(grid, frame);
        painter.paintLabels(labels, frame);
        painter.paintHeader(header, frame);
    }
}
