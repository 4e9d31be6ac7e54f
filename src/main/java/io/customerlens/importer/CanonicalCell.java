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
 * thread-safe.
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

    CanonicalCell(DateParser dates) {
        this.dates = dates;
    }

    /** The canonical form, or null for a blank cell (left out of the fingerprint). */
    String of(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case DATE -> date(cell, text(cell.text()));
            case NUMBER -> number(NumberParser.fromNumberCell(CellText.strip(cell.text())), text(cell.text()));
            case TEXT -> fromText(text(cell.text()));
            case BOOLEAN -> "B" + CellText.strip(cell.text()).toLowerCase(java.util.Locale.ROOT);
            case ERROR -> "E" + text(cell.text());
            case BLANK -> null;
        };
    }

    private String fromText(String text) {
        if (text.isEmpty() || !startsLikeAFigure(text)) {
            return "T" + text;
        }
        BigDecimal number = NumberParser.parse(text);
        if (number != null) {
            return number(number, text);
        }
        return date(Cell.text(text), text);
    }

    private String date(Cell cell, String fallback) {
        LocalDate day = dates.parse(cell);
        return day == null ? "T" + fallback : "D" + day;
    }

    private static String number(BigDecimal value, String fallback) {
        if (value == null) {
            return "T" + fallback;
        }
        if (value.signum() == 0) {
            return "N0";
        }
        BigDecimal rounded = value.round(DIGITS).stripTrailingZeros();
        return "N" + rounded.toPlainString();
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
