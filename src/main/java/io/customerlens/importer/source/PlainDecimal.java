package io.customerlens.importer.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the plain decimal text the rest of the importer expects: no exponent and no trailing
 * zeros, so an ID stored as 11616528.0 reads "11616528" and 0.1 reads "0.1".
 */
final class PlainDecimal {

    /** Integral doubles below this are exact as longs; the common case skips BigDecimal entirely. */
    private static final double EXACT_LONG_LIMIT = 1e15;

    /** Raw XML numbers no longer than this cannot be a 17-digit rendering of a binary fraction. */
    private static final int SHORT_RAW_LENGTH = 15;

    /**
     * Excel keeps and shows 15 significant digits; a stored double such as -60.70400000000001 is the
     * value -60.704 that the user typed and sees.
     */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private PlainDecimal() {
    }

    static String ofDouble(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /**
     * Normalises the number text of an xlsx {@code <v>} element. Excel writes up to 17 significant
     * digits ("0.10000000000000001" for 0.1); going through the double gives the shortest text that
     * means the same number, as Excel shows it. Short plain texts are already canonical and are only
     * trimmed, which keeps the per-cell cost of the 1M-line import low.
     */
    static String ofExcelRaw(String raw) {
        int length = raw.length();
        if (length <= SHORT_RAW_LENGTH && isPlain(raw)) {
            return stripFractionZeros(raw);
        }
        try {
            return ofDouble(Double.parseDouble(raw));
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && !(c == '-' && i == 0)) {
                return false;
            }
        }
        return !raw.isEmpty() && !"-".equals(raw);
    }

    private static String stripFractionZeros(String raw) {
        if (raw.indexOf('.') < 0) {
            return "-0".equals(raw) ? "0" : raw;
        }
        int end = raw.length();
        while (raw.charAt(end - 1) == '0') {
            end--;
        }
        if (raw.charAt(end - 1) == '.') {
            end--;
        }
        String stripped = raw.substring(0, end);
        return stripped.isEmpty() || "-".equals(stripped) || "-0".equals(stripped) ? "0" : stripped;
    }
}
