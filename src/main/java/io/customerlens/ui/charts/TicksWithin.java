package io.customerlens.ui.charts;

import java.io.Serial;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * An axis format that writes the ticks from a floor up to a ceiling as the given format does and leaves the others
 * blank. On the BCG chart: sales growth is never below −100%, yet the axis runs a little lower so the circles at
 * −100% are drawn whole, and a tick reading "−120%" would name a growth no unit can have; above the band of units
 * without a previous period heights are no growth at all.
 */
final class TicksWithin extends NumberFormat {

    @Serial
    private static final long serialVersionUID = 1L;
    /** A tick computed as −1.0000000001 is still the −100% tick. */
    private static final double TOLERANCE = 1e-9;

    private final NumberFormat shown;
    private final double floor;
    private final double ceiling;

    TicksWithin(NumberFormat shown, double floor, double ceiling) {
        this.shown = shown;
        this.floor = floor;
        this.ceiling = ceiling;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return number < floor - TOLERANCE || number > ceiling ? toAppendTo : shown.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return shown.parse(source, parsePosition);
    }
}
