package io.customerlens.importer.value;

/**
 * Trimming for cell text. ERP exports pad values with no-break spaces, ideographic (full-width)
 * spaces and byte-order marks that {@link String#strip()} alone does not remove.
 */
public final class CellText {

    private CellText() {
    }

    /** The text without leading and trailing spaces of any kind; the same instance when nothing is trimmed. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** The stripped text, or null when nothing is left. */
    public static String valueOrNull(String text) {
        String stripped = strip(text);
        return stripped.isEmpty() ? null : stripped;
    }

    /** True when the text is empty or only spaces of any kind (including no-break and ideographic spaces). */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spaces of any kind, decided without Unicode property tables for the common cases because this
     * runs for every character of every trimmed cell.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        return c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u0085' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200B' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F';
    }

    /** True when every character is 7-bit ASCII, so width folding can be skipped. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
