package io.customerlens.analysis.lapse;

/** The window N of "lapsed (N)": a customer is lapsed after N or more consecutive months without a purchase. */
public record LapseWindow(int months) {

    public static final int MIN = 1;
    public static final int MAX = 24;
    public static final LapseWindow DEFAULT = new LapseWindow(3);

    public LapseWindow {
        if (months < MIN || months > MAX) {
            throw new IllegalArgumentException("the lapse window must be " + MIN + " to " + MAX + " months, not " + months);
        }
    }

    /** Whether a run of {@code emptyMonths} consecutive months without a purchase is a lapse. */
    public boolean isLapse(int emptyMonths) {
        return emptyMonths >= months;
    }
}
