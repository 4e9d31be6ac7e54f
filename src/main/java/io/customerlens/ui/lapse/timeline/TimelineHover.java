package io.customerlens.ui.lapse.timeline;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import java.util.function.Supplier;

/**
 * The tooltip of the cell under the mouse. One tooltip for the whole grid, shown by hand: a tooltip
 * installed on the canvas would keep the text and position of the first cell while the mouse moves on.
 */
final class TimelineHover {

    private static final Duration SHOW_DELAY = Duration.millis(350);
    private static final double OFFSET_X = 14;
    private static final double OFFSET_Y = 18;

    private final Canvas grid;
    private final TimelineTexts texts;
    private final Supplier<TimelineModel> model;
    private final Supplier<TimelineGeometry> geometry;
    private final ObservableValue<Number> scrollX;
    private final ObservableValue<Number> scrollY;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(SHOW_DELAY);
    private int row = -1;
    private int column = -1;
    private double screenX;
    private double screenY;

    TimelineHover(Canvas grid, TimelineTexts texts, Supplier<TimelineModel> model, Supplier<TimelineGeometry> geometry,
                  ObservableValue<Number> scrollX, ObservableValue<Number> scrollY) {
        this.grid = grid;
        this.texts = texts;
        this.model = model;
        this.geometry = geometry;
        this.scrollX = scrollX;
        this.scrollY = scrollY;
        tooltip.setId("lapse-timeline-tooltip");
        delay.setOnFinished(event -> show());
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        grid.addEventHandler(MouseEvent.MOUSE_EXITED, event -> reset());
        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> reset());
        // Scrolling moves another cell under the mouse: the old text would be wrong.
        scrollX.addListener((observable, old, now) -> reset());
        scrollY.addListener((observable, old, now) -> reset());
    }

    Tooltip tooltip() {
        return tooltip;
    }

    /** Hides the tooltip and forgets the hovered cell, so the next move starts over. */
    void reset() {
        delay.stop();
        tooltip.hide();
        row = -1;
        column = -1;
    }

    private void moved(MouseEvent event) {
        TimelineGeometry current = geometry.get();
        int newRow = current.rowAt(event.getY(), scrollY.getValue().doubleValue());
        int newColumn = current.columnAt(event.getX(), scrollX.getValue().doubleValue());
        screenX = event.getScreenX();
        screenY = event.getScreenY();
        if (newRow == row && newColumn == column) {
            return;
        }
        reset();
        if (newRow >= 0 && newColumn >= 0) {
            row = newRow;
            column = newColumn;
            delay.playFromStart();
        }
    }

    private void show() {
        if (row < 0 || grid.getScene() == null) {
            return;
        }
        TimelineModel current = model.get();
        tooltip.setText(texts.tooltip(current, row, current.firstMonth() + column));
        tooltip.show(grid, screenX + OFFSET_X, screenY + OFFSET_Y);
    }
}
