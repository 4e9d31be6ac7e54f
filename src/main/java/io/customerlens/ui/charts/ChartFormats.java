package io.customerlens.ui.charts;

import io.customerlens.i18n.ReadingFormat;

import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Number, percentage and month texts of charts in the app's language, which may differ from the JVM's
 * default locale (the language is a setting). New format objects on every call: java.text formats are
 * not thread-safe, and each axis or tooltip generator keeps its own.
 */
final class ChartFormats {

    private final Locale locale;

    ChartFormats(Locale locale) {
        this.locale = locale;
    }

    /** Counts and amounts: grouping, at most two decimals, negatives with "−" (the one ReadingFormat). */
    NumberFormat number() {
        return new ReadingFormat(locale).axisNumberFormat();
    }

    /** "0.5×", "2×": how many times the mean unit's sales, on a log axis (never negative). */
    NumberFormat multiples() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        if (format instanceof DecimalFormat decimal) {
            decimal.setPositiveSuffix("×");
        }
        return format;
    }

    /**
     * Fractions as percentages on an axis: 0.125 is 12.5%, 0.5 is 50% (ticks stay short), −0.2 is "−20%" with the
     * minus sign every other negative figure has (the one ReadingFormat).
     */
    NumberFormat percent() {
        return new ReadingFormat(locale).axisPercentFormat();
    }

    /**
     * A value's percentage on a label or in a tooltip, always with one decimal as the tables show it (the one ReadingFormat):
     * 19.0% next to 21.6%, never 19% next to 21.6%.
     */
    NumberFormat valuePercent() {
        return new ReadingFormat(locale).percentFormat();
    }

    /** ISO months (2024-03) in every language, as dates are shown elsewhere in the app. */
    DateFormat yearMonth() {
        return new SimpleDateFormat("yyyy-MM", locale);
    }

    /** January to December, short: "1月" in Chinese, "Jan" in English. */
    List<String> monthNames() {
        return Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.SHORT, locale)).toList();
    }
}
