package io.customerlens.report.pdf;

import io.customerlens.i18n.ReadingFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers and dates as the printed reports show them, in the report's locale (also the printed lists' rows): shares,
 * changes and money read exactly as on the screen, from the one ReadingFormat.
 */
public final class PdfFormats {

    private final ReadingFormat reading;

    public PdfFormats(Locale locale) {
        this.reading = new ReadingFormat(locale);
    }

    /** Money with grouping and two decimals; "" for null. */
    public String money(BigDecimal amount) {
        return reading.money(amount);
    }

    /** A whole number with grouping (axis labels, counts). */
    String whole(double value) {
        return reading.count(Math.round(value));
    }

    /** A share with one decimal, as the screen's tables show it (12.5 %, 19.0 %). */
    public String percent(double share) {
        return reading.percent(share);
    }

    /** A change as +12.5% / −3.0%. */
    String signedPercent(double change) {
        return reading.signedPercent(change);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
