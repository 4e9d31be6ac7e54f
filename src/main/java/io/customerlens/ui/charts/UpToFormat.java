package io.customerlens.ui.charts;

import java.io.Serial;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Formats values up to a limit as the given format does and writes nothing above it (an axis's empty band). */
final class UpToFormat extends NumberFormat {

    @Serial
    private static final long serialVersionUID = 1L;

    private final NumberFormat format;
    private final double limit;

    UpToFormat(NumberFormat format, double limit) {
        this.format = format;
        this.limit = limit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return number > limit ? toAppendTo : format.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return format.parse(source, parsePosition);
    }
}
