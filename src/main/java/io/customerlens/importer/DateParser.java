package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import io.customerlens.importer.value.CalendarDates;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.ExcelSerialDates;
import io.customerlens.importer.value.WidthFolding;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a date-column cell. Date cells are Excel serials (1900 or 1904 system); a plain
 * number is a serial when it lies in {@value #MIN_SERIAL}..{@value #MAX_SERIAL} (1954..2119) and
 * yyyyMMdd when it has eight digits; text may be year-first ({@code 2024-03-05}, {@code 2024/3/5},
 * {@code 2024.3.5}, {@code 2024年3月5日}, ISO with {@code T}), eight digits, or the ambiguous
 * {@code a/b/y} form read in the column's {@link DateOrder}. A time of day or a weekday
 * ({@code 星期五}) may follow and is ignored. Resolution is strict: an impossible date is null, never
 * moved to a neighbouring day. One instance per sheet; not thread-safe because matchers are reused.
 */
final class DateParser {

    static final int MIN_SERIAL = 20_000;
    static final int MAX_SERIAL = 80_000;

    static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(.*)", Pattern.DOTALL);
    /** a/b/y with a one- or two-digit first and second part: 03/01/19, 2/24/2003, 25.01.2019. */
    static final Pattern SHORT = Pattern.compile(
            "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)(.*)", Pattern.DOTALL);
    /** What may follow the date: times (14:30, 0:00, 14:30:00.000Z, 2:30 PM), weekdays, 上午/下午. */
    private static final Pattern TRAILER = Pattern.compile(
            "(?:\\s*(?:T?\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
                    + "(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}))?"
                    + "|[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?"
                    + "|上午|下午"
                    + "|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?))*\\s*");

    private final DateOrder order;
    private final boolean date1904;
    private final Matcher yearFirst = YEAR_FIRST.matcher("");
    private final Matcher shortForm = SHORT.matcher("");
    private final Matcher trailer = TRAILER.matcher("");

    DateParser(DateOrder order, boolean date1904) {
        this.order = order;
        this.date1904 = date1904;
    }

    /** The date in the cell, or null when it holds no valid date (the caller treats blank cells apart). */
    LocalDate parse(Cell cell) {
        return switch (cell.kind()) {
            case DATE -> ExcelSerialDates.fromText(CellText.strip(cell.text()), date1904);
            case NUMBER -> fromNumber(CellText.strip(cell.text()), date1904);
            case TEXT -> fromText(WidthFolding.fold(CellText.strip(cell.text())));
            case BLANK, BOOLEAN, ERROR -> null;
        };
    }

    /** A number that is not date-formatted: yyyyMMdd or a serial from the plausible range. */
    private static LocalDate fromNumber(String text, boolean date1904) {
        long whole = ExcelSerialDates.wholeDays(text);
        if (whole < 0) {
            return null;
        }
        boolean integral = true;
        for (int i = text.indexOf('.') + 1; i > 0 && i < text.length(); i++) {
            integral &= text.charAt(i) == '0';
        }
        if (whole >= 10_000_000L && whole <= 99_999_999L) {
            return integral ? CalendarDates.fromEightDigits(whole) : null;
        }
        if (whole >= MIN_SERIAL && whole <= MAX_SERIAL) {
            return ExcelSerialDates.toDate(whole, date1904);
        }
        return null;
    }

    private LocalDate fromText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first < '0' || first > '9') {
            return null;
        }
        if (isPlainNumber(text)) {
            return fromNumber(text, date1904);
        }
        if (yearFirst.reset(text).matches()) {
            return restIsTimeOrWeekday(yearFirst.group(4))
                    ? CalendarDates.of(number(yearFirst.group(1)), number(yearFirst.group(2)), number(yearFirst.group(3)))
                    : null;
        }
        if (shortForm.reset(text).matches() && restIsTimeOrWeekday(shortForm.group(4))) {
            return fromShortForm(shortForm.group(1), shortForm.group(2), shortForm.group(3));
        }
        return null;
    }

    private LocalDate fromShortForm(String a, String b, String y) {
        int first = number(a);
        int second = number(b);
        boolean fourDigitYear = y.length() == 4;
        if (order == DateOrder.YMD && !fourDigitYear) {
            return CalendarDates.of(CalendarDates.expandTwoDigitYear(first), second, number(y));
        }
        int year = fourDigitYear ? number(y) : CalendarDates.expandTwoDigitYear(number(y));
        return order == DateOrder.DMY ? CalendarDates.of(year, second, first) : CalendarDates.of(year, first, second);
    }

    private boolean restIsTimeOrWeekday(String rest) {
        return rest.isEmpty() || trailer.reset(rest).matches();
    }

    private static boolean isPlainNumber(String text) {
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }
}
