package io.customerlens.importer.source;

/**
 * Decodes the {@code _xHHHH_} escapes of xlsx text: Excel writes a character XML cannot hold (BEL, a
 * carriage return in some producers) as {@code _x0007_}, and a text that really contains {@code _x0007_}
 * as {@code _x005F_x0007_} (the underscore escaped). fastexcel hands both out undecoded, in shared and in
 * inline strings alike, so a customer {@code _x0007_华联} would be another customer than {@code 华联}.
 * One pass from left to right, never rescanning what it decoded, is what keeps the escaped literal.
 */
final class ExcelEscapes {

    private static final int LENGTH = 7; // _xHHHH_

    private ExcelEscapes() {
    }

    static String decode(String text) {
        int next = text.indexOf("_x");
        if (next < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int copied = 0;
        while (next >= 0) {
            int code = escapedChar(text, next);
            if (code >= 0) {
                decoded.append(text, copied, next).append((char) code);
                copied = next + LENGTH;
                next = text.indexOf("_x", copied);
            } else {
                next = text.indexOf("_x", next + 1);
            }
        }
        return decoded.append(text, copied, text.length()).toString();
    }

    /** The character escaped at {@code at}, or -1 when no escape starts there. */
    private static int escapedChar(String text, int at) {
        if (at + LENGTH > text.length() || text.charAt(at + LENGTH - 1) != '_') {
            return -1;
        }
        int code = 0;
        for (int i = at + 2; i < at + 6; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
