package io.customerlens.cli;

import io.customerlens.analysis.segments.RfmWindow;

/** {@code --rfm-window all|12m}. */
enum RfmWindowChoice {
    ALL("all", RfmWindow.ALL_HISTORY),
    LAST_12_MONTHS("12m", RfmWindow.LAST_12_MONTHS);

    private final String spelling;
    private final RfmWindow window;

    RfmWindowChoice(String spelling, RfmWindow window) {
        this.spelling = spelling;
        this.window = window;
    }

    String spelling() {
        return spelling;
    }

    RfmWindow window() {
        return window;
    }
}
