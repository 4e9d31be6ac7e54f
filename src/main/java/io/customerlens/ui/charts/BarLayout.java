package io.customerlens.ui.charts;

/** How several series share a category: next to each other, or one on top of the other (parts of a whole). */
public enum BarLayout {
    SIDE_BY_SIDE,
    STACKED
}
