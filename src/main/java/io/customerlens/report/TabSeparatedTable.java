package io.customerlens.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A table as the text Excel (and WPS) paste into cells: a header line, then one line per row, cells separated by
 * tabs, lines ended by CR LF as Excel itself copies them. Numbers are written as the user reads them (grouped,
 * an amount with its own two decimals), which Excel still takes as numbers; dates are ISO. A tab or line break
 * inside a text would split a cell, so it becomes a space. Pure.
 */
public final class TabSeparatedTable {

    private static final String CELL = "\t";
    private static final String LINE = "\r\n";
    /** Ratios and shares carry more digits than amounts; beyond four the reader learns nothing. */
    private static final int MAX_DECIMALS = 4;

    private final Locale locale;

    public TabSeparatedTable(Locale locale) {
        this.locale = locale;
    }

    /** @param rows each row's values in the headers' order; a null or missing value is an empty cell */
    public String text(List<String> headers, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, headers);
        for (List<?> row : rows) {
            line(text, row);
        }
        return text.toString();
    }

    private void line(StringBuilder text, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(CELL);
            }
            text.append(cell(values.get(i)));
        }
        text.append(LINE);
    }

    /** One value as its cell's text. */
    public String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal(decimal);
            case Integer whole -> NumberFormat.getIntegerInstance(locale).format(whole);
            case Long whole -> NumberFormat.getIntegerInstance(locale).format(whole);
            case BigInteger whole -> NumberFormat.getIntegerInstance(locale).format(whole);
            case Double fraction -> fraction(fraction);
            case Float fraction -> fraction(fraction.doubleValue());
            case LocalDate date -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            default -> value.toString().replaceAll("[\\t\\r\\n]+", " ").strip();
        };
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.min(Math.max(value.scale(), 0), MAX_DECIMALS);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private String fraction(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(MAX_DECIMALS);
        return format.format(value);
    }
}
