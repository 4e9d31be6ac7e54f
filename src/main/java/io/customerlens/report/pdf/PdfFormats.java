package io.customerlens.report.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and dates as the printed reports show them, in the report's locale (also the printed lists' rows). */
public final class PdfFormats {

    private final Locale locale;

    public PdfFormats(Locale locale) {
        this.locale = locale;
    }

    /** Money with grouping and two decimals; "" for null. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A whole number with grouping (axis labels, counts). */
    String whole(double value) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format.format(Math.round(value));
    }

    /** A share with one decimal, as the screen's tables show it (12.5 %, 19.0 %). */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A change as +12.5 % / −3 %. */
    String signedPercent(double change) {
        String shown = percent(Math.abs(change));
        return (change > 0 ? "+" : change < 0 ? "−" : "") + shown;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
