package io.customerlens.importer.value;

/**
 * Identifiers (customer ID, order number, product code) are text: leading zeros stay ({@code 00123}).
 * A number written with only zero decimals ({@code 11616528.0}, as pandas and some ERPs export a
 * numeric ID column) is the integer {@code 11616528}, so the same customer gets the same key from an
 * xlsx numeric cell and from such a CSV.
 */
public final class IdText {

    private IdText() {
    }

    /** The cleaned identifier, or null when blank. */
    public static String normalise(String raw) {
        String text = CellText.strip(raw);
        if (text.isEmpty()) {
            return null;
        }
        int dot = text.indexOf('.');
        if (dot > 0 && allDigits(text, 0, dot) && allZeros(text, dot + 1, text.length())) {
            return text.substring(0, dot);
        }
        return text;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean allZeros(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return to > from;
    }
}
