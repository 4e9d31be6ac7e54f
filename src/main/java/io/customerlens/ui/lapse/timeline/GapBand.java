package io.customerlens.ui.lapse.timeline;

import javafx.scene.paint.Color;

/**
 * The four lengths of a lapse episode the app groups by (≤ 3, 4–6, 7–12, over 12 months), each with the
 * colour the timeline paints it and the legend text: longer episodes are darker so the customers who have
 * been gone longest stand out.
 */
public enum GapBand {
    UP_TO_3(3, Color.web("#f6c48b"), "lapse.timeline.band.upTo3"),
    FROM_4_TO_6(6, Color.web("#ee8a3c"), "lapse.timeline.band.from4To6"),
    FROM_7_TO_12(12, Color.web("#d23c2f"), "lapse.timeline.band.from7To12"),
    OVER_12(Integer.MAX_VALUE, Color.web("#7f1717"), "lapse.timeline.band.over12");

    private final int maxMonths;
    private final Color color;
    private final String messageKey;

    GapBand(int maxMonths, Color color, String messageKey) {
        this.maxMonths = maxMonths;
        this.color = color;
        this.messageKey = messageKey;
    }

    /** The band of a gap of {@code gapMonths} months; gaps of 0 or less count as the shortest band. */
    public static GapBand of(int gapMonths) {
        for (GapBand band : values()) {
            if (gapMonths <= band.maxMonths) {
                return band;
            }
        }
        return OVER_12;
    }

    public Color color() {
        return color;
    }

    public String messageKey() {
        return messageKey;
    }
}
