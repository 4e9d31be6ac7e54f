package io.customerlens.i18n;

import java.io.Serial;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A number format that writes a negative figure with the true minus sign "−" (U+2212), as a reader expects it, and
 * never writes a sign before a figure that reads zero: −0.0004 at one decimal reads "0.0%", not "−0.0%", and −0.0
 * reads "0". The magnitude is written by the wrapped format, so digits, grouping and rounding stay the locale's.
 * Screen and print only: files for machines keep java's ASCII "-" (their own writers, never this class).
 */
final class MinusSignFormat extends NumberFormat {

    @Serial
    private static final long serialVersionUID = 1L;

    private final NumberFormat magnitude;

    MinusSignFormat(NumberFormat magnitude) {
        this.magnitude = magnitude;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number)) {
            return magnitude.format(number, toAppendTo, pos);
        }
        return signed(number < 0, magnitude.format(Math.abs(number)), toAppendTo);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return signed(number < 0, magnitude.format(BigInteger.valueOf(number).abs()), toAppendTo);
    }

    @Override
    public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        return switch (number) {
            case BigDecimal decimal -> signed(decimal.signum() < 0, magnitude.format(decimal.abs()), toAppendTo);
            case BigInteger whole -> signed(whole.signum() < 0, magnitude.format(whole.abs()), toAppendTo);
            case Long whole -> format(whole.longValue(), toAppendTo, pos);
            case Integer whole -> format(whole.longValue(), toAppendTo, pos);
            case Short whole -> format(whole.longValue(), toAppendTo, pos);
            case Byte whole -> format(whole.longValue(), toAppendTo, pos);
            case Number other -> format(other.doubleValue(), toAppendTo, pos);
            default -> throw new IllegalArgumentException("Cannot format " + number + " as a number");
        };
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return magnitude.parse(source.replace(ReadingFormat.MINUS, "-"), parsePosition);
    }

    private static StringBuffer signed(boolean negative, String shown, StringBuffer toAppendTo) {
        if (negative && readsNonZero(shown)) {
            toAppendTo.append(ReadingFormat.MINUS);
        }
        return toAppendTo.append(shown);
    }

    /** True when a digit other than 0 is shown: the figure as read, after rounding, is not zero. */
    static boolean readsNonZero(String shown) {
        return shown.codePoints().anyMatch(cp -> Character.digit(cp, 10) > 0);
    }
}
