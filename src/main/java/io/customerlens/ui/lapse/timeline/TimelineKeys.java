package io.customerlens.ui.lapse.timeline;

import javafx.scene.input.KeyEvent;

/** Keyboard use of the timeline: arrows and pages move the selection, Enter opens the selected customer. */
final class TimelineKeys {

    private final LapseTimeline timeline;

    TimelineKeys(LapseTimeline timeline) {
        this.timeline = timeline;
    }

    void handle(KeyEvent event) {
        TimelineGeometry geometry = timeline.geometry();
        int rows = geometry.rowCount();
        int selected = timeline.selectedIndex();
        int page = geometry.rowsPerPage(timeline.viewportHeight());
        boolean handled = switch (event.getCode()) {
            case UP -> select(selected < 0 ? 0 : selected - 1, rows);
            case DOWN -> select(selected + 1, rows);
            case PAGE_UP -> select(Math.max(0, selected) - page, rows);
            case PAGE_DOWN -> select(Math.max(0, selected) + page, rows);
            case HOME -> select(0, rows);
            case END -> select(rows - 1, rows);
            case LEFT -> scroll(-geometry.columnWidth());
            case RIGHT -> scroll(geometry.columnWidth());
            case ENTER -> activate(selected);
            default -> false;
        };
        if (handled) {
            event.consume();
        }
    }

    private boolean select(int row, int rows) {
        if (rows == 0) {
            return false;
        }
        timeline.selectedRowProperty().set(Math.clamp(row, 0, rows - 1));
        return true;
    }

    private boolean scroll(double dx) {
        timeline.scrollByPixels(dx, 0);
        return true;
    }

    private boolean activate(int row) {
        if (row < 0) {
            return false;
        }
        timeline.activate(row);
        return true;
    }
}
