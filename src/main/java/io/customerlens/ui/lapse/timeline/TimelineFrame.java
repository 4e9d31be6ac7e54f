package io.customerlens.ui.lapse.timeline;

/**
 * What one repaint shows: the model, its geometry, the scroll offsets and the selected row (−1 for none).
 * Passed whole to the painters so the three canvases always draw the same moment.
 */
record TimelineFrame(TimelineModel model, TimelineGeometry geometry, double scrollX, double scrollY,
                     int selectedRow) {

    /** The month index of a grid column. */
    int month(int column) {
        return model.firstMonth() + column;
    }

    /** The grid column of the as-of month; may lie outside the model's months. */
    int asOfColumn() {
        return model.asOfMonth() - model.firstMonth();
    }
}
