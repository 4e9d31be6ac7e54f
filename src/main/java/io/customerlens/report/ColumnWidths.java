package io.customerlens.report;

import java.util.Arrays;

/**
 * The width each column needs for its widest value, in Excel's character units. SXSSF cannot autosize
 * (most rows are already flushed to disk), so widths are measured while the rows are written.
 */
final class ColumnWidths {

    static final int MINIMUM = 6;
    static final int MAXIMUM = 60;

    private int[] widths = new int[16];

    /** Makes the column at least {@code characters} wide. */
    void fit(int column, int characters) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], characters);
    }

    /** Widths for the first {@code columns} columns, each between {@link #MINIMUM} and {@link #MAXIMUM}. */
    int[] inCharacters(int columns) {
        int[] result = new int[columns];
        for (int column = 0; column < columns; column++) {
            int measured = column < widths.length ? widths[column] : 0;
            result[column] = Math.clamp(measured + 1L, MINIMUM, MAXIMUM);
        }
        return result;
    }

    /** Chinese, Japanese and Korean characters and full-width forms take two character cells in Excel. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115F
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD));
    }
}
