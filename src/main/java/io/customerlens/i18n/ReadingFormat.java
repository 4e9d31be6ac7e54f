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
 * read a figure the same way.
 *
 * <p>Shares, points and money round as java.text does by default (half even, as the tables always did); whole
 * days round half up, as a person counts them (76.5 → 77), so a threshold reads the same wherever it is shown.
 *
 * <p>A new java.text format on every call: those are not thread-safe, and reports are written off the UI thread.
 */
public final class ReadingFormat {

    public static final String UP = "▲";
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
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    /** 0.125 → "12.5%", 0.19 → "19.0%"; empty for null. */
    public String percent(BigDecimal share) {
        return share == null ? "" : percentFormat().format(share);
    }

    /** 0.125 → "12.5%", 0.19 → "19.0%"; empty for NaN (no share to show). */
    public String percent(double share) {
        return Double.isNaN(share) ? "" : percentFormat().format(share);
    }

    /** Growth with its direction: 0.125 → "▲ 12.5%", −0.03 → "▼ 3.0%", 0 → "0.0%"; empty for null. */
    public String growth(BigDecimal share) {
        return share == null ? "" : arrow(share.signum()) + percent(share.abs());
    }

    /** A change of a share or a rate with an arrow: 0.012 → "▲ 1.2", −0.005 → "▼ 0.5" (points); empty for null. */
    public String points(BigDecimal change) {
        return change == null ? "" : arrow(change.signum()) + oneDecimal(change.abs().movePointRight(2));
    }

    /** A change of a share or a rate with its sign: 0.125 → "+12.5", −0.03 → "−3.0", 0 → "0.0" (points). */
    public String signedPoints(double change) {
        return sign(change) + oneDecimal(Math.abs(change) * 100);
    }

    /** A change as a percentage with its sign: 0.125 → "+12.5%", −0.03 → "−3.0%", 0 → "0.0%". */
    public String signedPercent(double change) {
        return sign(change) + percent(Math.abs(change));
    }

    /** A figure with exactly one decimal: 3 → "3.0", 2.25 → "2.3". */
    public String oneDecimal(double value) {
        return oneDecimalFormat().format(value);
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
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A whole amount for a threshold or a reason's sentence: 2000.4 → "2,000". */
    public String wholeMoney(double amount) {
        return wholeFormat().format(amount);
    }

    private NumberFormat oneDecimalFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private NumberFormat wholeFormat() {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** The arrow and a space before a non-zero figure; nothing before zero. */
    private static String arrow(int signum) {
        return signum > 0 ? UP + " " : signum < 0 ? DOWN + " " : "";
    }

    private static String sign(double value) {
        return value > 0 ? "+" : value < 0 ? "−" : "";
    }
}
