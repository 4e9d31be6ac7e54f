package io.customerlens.ui.lapse.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens a label with an ellipsis so it fits a width in one font. A canvas cannot do this by itself,
 * so the width is measured with an off-screen {@link Text}.
 */
final class TextFitter {

    private static final String ELLIPSIS = "…";

    private final Text measure = new Text();

    TextFitter(Font font) {
        measure.setFont(font);
    }

    double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** {@code text} itself when it fits, else its longest prefix (whole code points) followed by "…". */
    String fit(String text, double maxWidth) {
        if (text == null || text.isEmpty() || width(text) <= maxWidth) {
            return text == null ? "" : text;
        }
        int[] codePoints = text.codePoints().toArray();
        int low = 0;
        int high = codePoints.length - 1;
        // Binary search for the longest prefix that still fits with the ellipsis.
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width(prefix(codePoints, middle) + ELLIPSIS) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return prefix(codePoints, low).stripTrailing() + ELLIPSIS;
    }

    private static String prefix(int[] codePoints, int length) {
        return new String(codePoints, 0, length);
    }
}
