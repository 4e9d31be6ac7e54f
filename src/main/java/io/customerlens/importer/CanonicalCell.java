package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.NumberParser;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A cell's value in the one form every reader agrees on, so that the same sale exported as .xls, .xlsx or
 * CSV (UTF-8 or GBK, Excel's 15-digit numbers) has the same fingerprint: a date as its day, a number rounded
 * to {@value #SIGNIFICANT_DIGITS} significant digits with trailing zeros trimmed, text trimmed with inner spaces collapsed and Unicode
 * composed. Text that reads as a number or a date is that number or date: a CSV holds "-26.88" and
 * "2016/11/8" where a workbook holds a number cell and a date cell. Each form starts with its kind's letter,
 * so a text can never equal a number. One instance per sheet (it uses the sheet's date order); not
 * thread-safe (it keeps the form read last).
 */
final class CanonicalCell {

    /**
     * Fewer than Excel's 15: the .xls reader gives a computed amount as −26.880000000000052 where the same
     * sale re-saved as .xlsx or CSV reads −26.88, and to 15 digits the first is still −26.8800000000001. Twelve
     * digits hold every real amount, price and quantity (9,999,999,999.99) and drop that noise; two lines
     * differing only past the 12th digit in a figure and equal in every other cell are not real sales.
     */
    static final int SIGNIFICANT_DIGITS = 12;
    private static final MathContext DIGITS = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private final DateParser dates;
    private char kind;
    private String value;

    CanonicalCell(DateParser dates) {
        this.dates = dates;
    }

    /** The canonical form, or null for a blank cell (left out of the fingerprint). */
    String of(Cell cell) {
        return read(cell) ? kind + value : null;
    }

    /**
     * Reads the cell's canonical form into {@link #kind()} and {@link #value()}, without building the joined text
     * a million-line import would make and drop for every cell; false for a blank cell.
     */
    boolean read(Cell cell) {
        if (cell.isBlank()) {
            return false;
        }
        switch (cell.kind()) {
            case DATE -> date(cell, text(cell.text()));
            case NUMBER -> numberCell(CellText.strip(cell.text()), cell.text());
            case TEXT -> fromText(text(cell.text()));
            case BOOLEAN -> set('B', CellText.strip(cell.text()).toLowerCase(java.util.Locale.ROOT));
            case ERROR -> set('E', text(cell.text()));
            case BLANK -> {
                return false;
            }
        }
        return true;
    }

    /** The letter of the kind read last: D, N, T, B or E. */
    char kind() {
        return kind;
    }

    /** The value read last, after its kind's letter. */
    String value() {
        return value;
    }

    private void set(char readKind, String readValue) {
        this.kind = readKind;
        this.value = readValue;
    }

    private void numberCell(String stripped, String raw) {
        if (isCanonicalNumber(stripped)) {
            set('N', stripped);
        } else {
            number(NumberParser.fromNumberCell(stripped), text(raw));
        }
    }

    private void fromText(String text) {
        if (text.isEmpty() || !startsLikeAFigure(text)) {
            set('T', text);
            return;
        }
        if (isCanonicalNumber(text)) {
            set('N', text);
            return;
        }
        BigDecimal number = NumberParser.parse(text);
        if (number != null) {
            number(number, text);
            return;
        }
        date(Cell.text(text), text);
    }

    private void date(Cell cell, String fallback) {
        LocalDate day = dates.parse(cell);
        if (day == null) {
            set('T', fallback);
        } else {
            set('D', day.toString());
        }
    }

    private void number(BigDecimal number, String fallback) {
        if (number == null) {
            set('T', fallback);
        } else if (number.signum() == 0) {
            set('N', "0");
        } else {
            set('N', number.round(DIGITS).stripTrailingZeros().toPlainString());
        }
    }

    /**
     * True for a number already written as its canonical form, which most number cells are: {@code -?digits(.digits)?}
     * without leading zeros, trailing fraction zeros or a zero value, and at most {@value #SIGNIFICANT_DIGITS}
     * digits from the first non-zero one. Rounding and stripping it as a BigDecimal would give the same text back.
     */
    static boolean isCanonicalNumber(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int integerDigits = i - integerStart;
        if (integerDigits == 0 || integerDigits > 1 && text.charAt(integerStart) == '0') {
            return false;
        }
        int fractionDigits = 0;
        if (i < length) {
            if (text.charAt(i) != '.') {
                return false;
            }
            int fractionStart = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            fractionDigits = i - fractionStart;
            if (i < length || fractionDigits == 0 || text.charAt(length - 1) == '0') {
                return false;
            }
        }
        int firstSignificant = integerStart;
        while (firstSignificant < length && (text.charAt(firstSignificant) == '0' || text.charAt(firstSignificant) == '.')) {
            firstSignificant++;
        }
        if (firstSignificant == length) {
            return false;
        }
        int significant = length - firstSignificant - (firstSignificant < integerStart + integerDigits && fractionDigits > 0 ? 1 : 0);
        return significant <= SIGNIFICANT_DIGITS;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Numbers and dates start with a digit, a sign, a bracket, a point or a currency sign. */
    private static boolean startsLikeAFigure(String text) {
        char first = text.charAt(0);
        return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '(' || first == '.'
                || first == '¥' || first == '￥' || first == '$' || first == '€' || first == '£';
    }

    /** Trimmed, inner runs of spaces as one space, Unicode composed (NFC): how a person reads the text. */
    static String text(String raw) {
        String stripped = CellText.strip(raw);
        if (isAlreadyCanonical(stripped)) {
            // Nearly every cell of a real file: no copy and no normaliser run, a tenth of a million-line import.
            return stripped;
        }
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (CellText.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        String result = collapsed.toString();
        return Normalizer.isNormalized(result, Normalizer.Form.NFC) ? result
                : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /**
     * True when the stripped text has no space to collapse (only single plain spaces inside) and only characters
     * that are composed (NFC) whatever surrounds them: below U+0300 (where the combining marks begin), CJK unified
     * ideographs and the full-width forms of ASCII. None of these is a combining mark or decomposes, so no pair of
     * them can compose: the text is its own canonical form.
     */
    static boolean isAlreadyCanonical(String stripped) {
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (!isAlwaysComposed(c) || CellText.isSpace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    static boolean isAlwaysComposed(char c) {
        return c < '\u0300' || c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF'
                || c >= '\uFF01' && c <= '\uFF5E';
    }
}
