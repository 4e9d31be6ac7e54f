package io.customerlens.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One number format per kind, in the user's language, for every face: the window's tables, the charts' labels and
 * tooltips, the risk reasons, the printed reports and the command line. A share with one decimal (0.19 → 19.0%),
 * a change of a share in percentage points with one decimal, a threshold or an interval in whole days (76.2 → 76),
 * money with two decimals. It lives beside the message bundles (the core layer) so that ui, report and service all
 * read a figure the same way. A chance (of no order) is a share like any other: 0.724 → 72.4%.
 *
 * <p>A negative figure of any kind reads with the true minus sign "−" (U+2212), never the hyphen "-", and a figure
 * that reads zero after rounding carries no sign at all (−0.0004 → "0.0%", not "−0.0%"; no arrow, no "+"):
 * {@link MinusSignFormat}. Files for machines (CSV, the clipboard's tab-separated rows) keep ASCII "-" and are
 * written by their own writers, never by this class.
 *
 * <p>Shares, points and money round as java.text does by default (half even, as the tables always did); whole
 * days round half up, as a person counts them (76.5 → 77), so a threshold reads the same wherever it is shown.
 *
 * <p>A new java.text format on every call: those are not thread-safe, and reports are written off the UI thread.
 */
public final class ReadingFormat {

    public static final String UP = "▲";
    /** The minus sign of every negative figure on screen and on paper (U+2212). */
    public static final String MINUS = "\u2212";
    public static final String DOWN = "▼";

    private final Locale locale;

    public ReadingFormat(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * A figure that knows its kind, for a message's argument: {@link MessageBundle#format} words it with this class,
     * so a threshold passed as {@code new Figure.WholeDays(76.2)} reads "76" on the page, in the tooltip and on paper
     * (a bundle's own {@code {0,number,#.#}} pattern would read 76.2 in one place and 76 in the other).
     */
    public sealed interface Figure {

        String in(ReadingFormat reading);

        record WholeDays(double days) implements Figure {
            public String in(ReadingFormat reading) {
                return reading.wholeDays(days);
            }
        }

        record OneDecimal(double value) implements Figure {
            public String in(ReadingFormat reading) {
                return reading.oneDecimal(value);
            }
        }

        record Money(BigDecimal amount) implements Figure {
            public String in(ReadingFormat reading) {
                return reading.money(amount);
            }
        }

        record Percent(double share) implements Figure {
            public String in(ReadingFormat reading) {
                return reading.percent(share);
            }
        }
    }

    /** The share format itself, for a chart's label or tooltip generator that wants a NumberFormat. */
    public NumberFormat percentFormat() {
        return new MinusSignFormat(percentInstance(1));
    }

    /** Shares on a chart's axis: at most one decimal, so ticks stay short (0.5 → "50%", −0.125 → "−12.5%"). */
    public NumberFormat axisPercentFormat() {
        return new MinusSignFormat(percentInstance(0));
    }

    /** Counts and amounts on a chart's axis or in its tooltip: grouping, at most two decimals (−1234.5 → "−1,234.5"). */
    public NumberFormat axisNumberFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return new MinusSignFormat(format);
    }

    /** 0.125 → "12.5%", 0.19 → "19.0%"; empty for null. */
    public String percent(BigDecimal share) {
        return share == null ? "" : percentFormat().format(share);
    }

    /** 0.125 → "12.5%", 0.19 → "19.0%"; empty for NaN (no share to show). */
    public String percent(double share) {
        return Double.isNaN(share) ? "" : percentFormat().format(share);
    }

    /**
     * Growth with its direction: 0.125 → "▲ 12.5%", −0.03 → "▼ 3.0%", 0 and −0.0004 → "0.0%"; empty for null.
     */
    public String growth(BigDecimal share) {
        return share == null ? "" : directed(share.signum(), percent(share.abs()), UP + " ", DOWN + " ");
    }

    /**
     * A change of a share or a rate with an arrow: 0.012 → "▲ 1.2", −0.005 → "▼ 0.5", −0.0004 → "0.0" (points);
     * empty for null.
     */
    public String points(BigDecimal change) {
        return change == null ? ""
                : directed(change.signum(), oneDecimal(change.abs().movePointRight(2)), UP + " ", DOWN + " ");
    }

    /** A change of a share or a rate with its sign: 0.125 → "+12.5", −0.03 → "−3.0", 0 and −0.0004 → "0.0" (points). */
    public String signedPoints(double change) {
        return directed(Double.compare(change, 0.0), oneDecimal(Math.abs(change) * 100), "+", MINUS);
    }

    /** A change as a percentage with its sign: 0.125 → "+12.5%", −0.03 → "−3.0%", 0 and −0.0004 → "0.0%". */
    public String signedPercent(double change) {
        return directed(Double.compare(change, 0.0), percent(Math.abs(change)), "+", MINUS);
    }

    /** A figure with exactly one decimal: 3 → "3.0", 2.25 → "2.2", −1.5 → "−1.5". */
    public String oneDecimal(double value) {
        return oneDecimalFormat().format(value);
    }

    /** A figure with exactly two decimals (a ROC AUC: 0.781 → "0.78"); empty for NaN. */
    public String twoDecimals(double value) {
        return Double.isNaN(value) ? "" : fixedFormat(2).format(value);
    }

    /** A count with grouping: 1234 → "1,234", −12 → "−12". */
    public String count(long value) {
        return wholeFormat().format(value);
    }

    /** A quantity or any plain figure: grouping, at most two decimals (12.5 → "12.5", −3 → "−3"); empty for null. */
    public String plain(BigDecimal value) {
        return value == null ? "" : axisNumberFormat().format(value);
    }

    public String oneDecimal(BigDecimal value) {
        return value == null ? "" : oneDecimalFormat().format(value);
    }

    /** Days as whole days, half up: 76.2 → "76", 76.5 → "77", 1234 → "1,234"; empty for NaN. */
    public String wholeDays(double days) {
        return Double.isNaN(days) ? "" : wholeFormat().format(days);
    }

    public String wholeDays(BigDecimal days) {
        return days == null ? "" : wholeFormat().format(days);
    }

    /** Money with grouping and two decimals: 1234.5 → "1,234.50"; empty for null. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : fixedFormat(2).format(amount);
    }

    /** Money already divided into a larger unit (万): one or two decimals, 12.3456 → "12.35", −1.2 → "−1.2". */
    public String moneyInUnits(BigDecimal units) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return new MinusSignFormat(format).format(units);
    }

    /** A whole amount for a threshold or a reason's sentence: 2000.4 → "2,000". */
    public String wholeMoney(double amount) {
        return wholeFormat().format(amount);
    }

    /** True when a shown figure has a digit other than 0: it is no zero once rounded, so a sign or arrow means something. */
    public static boolean readsNonZero(String shown) {
        return MinusSignFormat.readsNonZero(shown);
    }

    private NumberFormat percentInstance(int minimumDecimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private NumberFormat oneDecimalFormat() {
        return fixedFormat(1);
    }

    private NumberFormat fixedFormat(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return new MinusSignFormat(format);
    }

    private NumberFormat wholeFormat() {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return new MinusSignFormat(format);
    }

    /**
     * The magnitude with its direction in front (an arrow and a space, or a sign), or bare when it reads zero: a
     * change too small to show is no rise and no fall.
     */
    private static String directed(int signum, String magnitude, String up, String down) {
        if (!MinusSignFormat.readsNonZero(magnitude)) {
            return magnitude;
        }
        return (signum > 0 ? up : signum < 0 ? down : "") + magnitude;
    }
}
