package io.customerlens.ui.sales;

/** Which way a growth points, for the colour of its arrow; NONE when there is no growth to show. */
public enum TileTrend {
    UP,
    DOWN,
    FLAT,
    NONE
}
