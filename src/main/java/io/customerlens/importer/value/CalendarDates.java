package io.customerlens.importer.value;

import java.time.LocalDate;

/**
 * Builds dates strictly from year, month and day: an impossible combination (2018-02-29, month 13,
 * 31 April) is no date at all, never rolled over to a neighbouring day as lenient parsers do.
 */
public final class CalendarDates {

    /** Years outside this range in a sales file are typing errors, not history. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    /** Two-digit years below this are 20xx, others 19xx: a fixed pivot, since the importer has no clock. */
    private static final int TWO_DIGIT_PIVOT = 70;

    private CalendarDates() {
    }

    /** The date, or null when the parts do not name a real day in the accepted year range. */
    public static LocalDate of(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** 19 → 2019, 03 → 2003, 85 → 1985. */
    public static int expandTwoDigitYear(int twoDigitYear) {
        return twoDigitYear < TWO_DIGIT_PIVOT ? 2000 + twoDigitYear : 1900 + twoDigitYear;
    }

    /** The date written as eight digits yyyyMMdd (20240305), or null. */
    public static LocalDate fromEightDigits(long yyyymmdd) {
        if (yyyymmdd < 10_000_000L || yyyymmdd > 99_999_999L) {
            return null;
        }
        return of((int) (yyyymmdd / 10_000), (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100));
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
