package io.customerlens.ui.lapse.timeline;

import javafx.scene.paint.Color;

/** The colours of the lapse timeline, in one place so the grid and its legend always agree. */
final class TimelinePalette {

    static final Color BOUGHT = Color.web("#1f9e89");
    static final Color NO_PURCHASE = Color.web("#dadde2");
    static final Color BACKGROUND = Color.WHITE;
    static final Color STRIPE = Color.web("#f6f8fb");
    static final Color SELECTED_ROW = Color.web("#2f6db3", 0.16);
    static final Color SELECTED_TEXT = Color.web("#1d4f8a");
    static final Color YEAR_LINE = Color.web("#b8c0cc");
    static final Color AS_OF = Color.web("#2f6db3");
    static final Color AS_OF_HEADER = Color.web("#2f6db3", 0.18);
    static final Color HEADER_BACKGROUND = Color.web("#eef2f7");
    static final Color BORDER = Color.web("#d5dce6");
    static final Color TEXT = Color.web("#1f2328");
    static final Color MUTED_TEXT = Color.web("#5b6470");

    private TimelinePalette() {
    }

    /** The fill of a cell, or null for {@link TimelineCell.CellKind#OUTSIDE} (nothing is drawn). */
    static Color fill(TimelineCell cell) {
        return switch (cell.kind()) {
            case OUTSIDE -> null;
            case BOUGHT -> BOUGHT;
            case NO_PURCHASE -> NO_PURCHASE;
            case LAPSE -> GapBand.of(cell.gapMonths()).color();
        };
    }
}
