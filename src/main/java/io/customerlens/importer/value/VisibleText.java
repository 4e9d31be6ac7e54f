package io.customerlens.importer.value;

/**
 * Removes from names and keys what cannot be seen but still makes two values differ: control characters
 * (a line break or tab becomes a space, the rest such as BEL U+0007 go) and the bidirectional controls
 * U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C, which can also make a name display reversed.
 * {@code C001} and {@code C001<U+202C>} must be one customer, not two that look alike.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text without invisible controls; the same instance when there is none. */
    public static String clean(String text) {
        int first = firstToChange(text);
        if (first < 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        cleaned.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpacingControl(c)) {
                cleaned.append(' ');
            } else if (!isInvisibleControl(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpacingControl(c) || isInvisibleControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Controls that separate words where they stand: tab, line feed, vertical tab, form feed, carriage return, NEL. */
    private static boolean isSpacingControl(char c) {
        return c >= '\t' && c <= '\r' || c == '\u0085';
    }

    private static boolean isInvisibleControl(char c) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
