package io.customerlens.importer.value;

import java.time.LocalDate;

/**
 * Excel serial day numbers to dates. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the
 * non-existent 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility, so serials below 60 are one
 * day later than plain counting from 1899-12-31 suggests and serial 60 is no date at all. In the 1904
 * system (old Mac Excel) serial 0 is 1904-01-01. The time of day (the fraction) is dropped.
 */
public final class ExcelSerialDates {

    /** 1899-12-30 as epoch day: the base for serials from 61 on. */
    private static final long BASE_1900 = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long BASE_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    private static final long FAKE_LEAP_DAY = 60;
    /** 9999-12-31, the last day Excel can show. */
    private static final long MAX_SERIAL = 2_958_465;

    private ExcelSerialDates() {
    }

    /** The date of a serial, or null when the serial is no real date (below 1, 60 in the 1900 system, too big). */
    public static LocalDate toDate(long serial, boolean date1904) {
        if (date1904) {
            return serial < 0 || serial > MAX_SERIAL - 1462 ? null : LocalDate.ofEpochDay(BASE_1904 + serial);
        }
        if (serial < 1 || serial == FAKE_LEAP_DAY || serial > MAX_SERIAL) {
            return null;
        }
        return LocalDate.ofEpochDay(serial < FAKE_LEAP_DAY ? BASE_1900 + serial + 1 : BASE_1900 + serial);
    }

    /**
     * The whole days of a serial written as plain decimal text ("43831" or "43831.75"), or -1 when the
     * text is not such a non-negative number.
     */
    public static long wholeDays(String text) {
        int length = text.length();
        if (length == 0 || length > 24) {
            return -1;
        }
        long days = 0;
        int i = 0;
        for (; i < length && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i >= 10) {
                return -1;
            }
            days = days * 10 + (c - '0');
        }
        if (i == 0) {
            return -1;
        }
        for (i++; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return days;
    }

    /** The date of a serial written as text, or null (see {@link #toDate} and {@link #wholeDays}). */
    public static LocalDate fromText(String text, boolean date1904) {
        long days = wholeDays(text);
        return days < 0 ? null : toDate(days, date1904);
    }
}
