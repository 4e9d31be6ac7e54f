package io.customerlens.importer.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reads amounts and other numbers as ERP exports write them: {@code ¥1,234.50}, {@code ￥1,234.50},
 * {@code 1,234.50元}, {@code $1,234.50}, {@code (123.00)} (accounting negative), {@code -123},
 * full-width digits {@code １２３．５}, plain text numbers and scientific notation. Anything unclear
 * ({@code 1 234,50}, {@code 1.234,50}, {@code 12%}, {@code 123-}, misplaced thousands separators) is
 * not a number: guessing would silently change a figure. Validation happens before
 * {@link BigDecimal} is built, so bad input costs no exception.
 */
public final class NumberParser {

    /** Excel shows and computes with 15 significant digits; a double's 16th and 17th are binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final String[] CURRENCY_WORDS = {"RMB", "CNY", "USD", "EUR", "GBP", "HKD"};

    private NumberParser() {
    }

    /** The number, or null when the text is blank or not clearly a number. */
    public static BigDecimal parse(String raw) {
        return parse(raw, false);
    }

    /**
     * As {@link #parse(String)}; with {@code decimalComma} the comma is the decimal mark and the point groups
     * thousands ({@code 1.234,56}), as a European export writes them: the two are swapped and the same rules apply.
     */
    public static BigDecimal parse(String raw, boolean decimalComma) {
        String folded = WidthFolding.fold(CellText.strip(raw));
        String text = decimalComma ? swapSeparators(folded) : folded;
        int start = 0;
        int end = text.length();
        boolean negative = false;
        boolean signed = false;
        if (end > 1 && text.charAt(0) == '(' && text.charAt(end - 1) == ')') {
            negative = true;
            signed = true;
            start++;
            end--;
        }
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            char c = text.charAt(start);
            if (CellText.isSpace(c) || isCurrencySymbol(c)) {
                start++;
                changed = true;
            } else if ((c == '-' || c == '+') && !signed) {
                negative = c == '-';
                signed = true;
                start++;
                changed = true;
            } else {
                int word = currencyWordAt(text, start, end);
                if (word > 0) {
                    start += word;
                    changed = true;
                }
            }
        }
        changed = true;
        while (changed && end > start) {
            changed = false;
            char c = text.charAt(end - 1);
            if (CellText.isSpace(c) || isCurrencySymbol(c) || c == '元') {
                end--;
                changed = true;
            } else if (end - start > 3 && currencyWordAt(text, end - 3, end) == 3) {
                end -= 3;
                changed = true;
            }
        }
        return start < end ? decimal(text, start, end, negative) : null;
    }

    /**
     * The number of a numeric spreadsheet cell, whose text is the shortest decimal form of a double:
     * rounded to Excel's 15 significant digits, so a computed 125.43999999999998 is the 125.44 the user
     * sees in Excel and sums by hand. Null when the text is no number.
     */
    public static BigDecimal fromNumberCell(String plainDecimal) {
        BigDecimal value = isPlainDecimal(plainDecimal) ? new BigDecimal(plainDecimal) : parse(plainDecimal);
        if (value == null || value.precision() <= EXCEL_DIGITS.getPrecision()) {
            return value;
        }
        BigDecimal rounded = value.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    /**
     * True for {@code -?digits(.digits)?}, the form spreadsheet readers give numeric cells: such text
     * needs none of {@link #parse}'s trimming, currency and separator handling, which would otherwise
     * run for every number of a million-line sheet, and means the same value read directly.
     */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == integerStart) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fractionStart = ++i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        return i == length && i > fractionStart;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Validates digits, thousands groups, one point and an exponent, then builds the value. */
    private static BigDecimal decimal(String text, int start, int end, boolean negative) {
        char[] digits = new char[end - start + 1];
        int length = 0;
        if (negative) {
            digits[length++] = '-';
        }
        int integerDigits = 0;
        int groupDigits = -1;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[length++] = c;
                integerDigits++;
                if (groupDigits >= 0) {
                    groupDigits++;
                }
            } else if (c == ',') {
                boolean firstGroupOk = groupDigits < 0 && integerDigits >= 1 && integerDigits <= 3;
                if (!firstGroupOk && groupDigits != 3) {
                    return null;
                }
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (groupDigits >= 0 && groupDigits != 3) {
            return null;
        }
        int fractionDigits = 0;
        if (i < end && text.charAt(i) == '.') {
            digits[length++] = '.';
            for (i++; i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                digits[length++] = text.charAt(i);
                fractionDigits++;
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return null;
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            digits[length++] = 'E';
            i++;
            if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                digits[length++] = text.charAt(i++);
            }
            int exponentDigits = 0;
            for (; i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9' && exponentDigits < 4; i++) {
                digits[length++] = text.charAt(i);
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
        }
        return i == end ? new BigDecimal(digits, 0, length) : null;
    }

    private static String swapSeparators(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chars[i] == ',' ? '.' : chars[i] == '.' ? ',' : chars[i];
        }
        return new String(chars);
    }

    private static boolean isCurrencySymbol(char c) {
        return c == '¥' || c == '$' || c == '€' || c == '£';
    }

    /** Length of a currency code (RMB, USD ...) at {@code from}, or 0. */
    private static int currencyWordAt(String text, int from, int end) {
        if (end - from < 3) {
            return 0;
        }
        for (String word : CURRENCY_WORDS) {
            if (text.regionMatches(true, from, word, 0, 3)) {
                return 3;
            }
        }
        return 0;
    }
}
