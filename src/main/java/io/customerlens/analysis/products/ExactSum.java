package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * A running sum of decimals that starts at {@link BigDecimal#ZERO} and gives exactly what adding them one by one
 * with {@link BigDecimal#add} gives: the same value and the same scale (the largest of zero's and the addends').
 * It keeps an unscaled long and a scale, so adding a value held as such makes no object; a sum that no longer
 * fits a long goes on as a BigDecimal.
 */
final class ExactSum {

    /** The scale that marks "no value" in {@link #add(long, int)}. */
    static final int NO_VALUE = Integer.MIN_VALUE;

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int power = 1; power < POWERS_OF_TEN.length; power++) {
            POWERS_OF_TEN[power] = POWERS_OF_TEN[power - 1] * 10;
        }
    }

    private long unscaled;
    private int scale;
    /** The sum once it did not fit a long; null before. */
    private BigDecimal large;

    /** Adds unscaled × 10^−scale; nothing for {@link #NO_VALUE}. */
    void add(long addendUnscaled, int addendScale) {
        if (addendScale == NO_VALUE) {
            return;
        }
        if (large != null) {
            large = large.add(BigDecimal.valueOf(addendUnscaled, addendScale));
            return;
        }
        try {
            int sumScale = Math.max(scale, addendScale);
            long sum = Math.addExact(rescaled(unscaled, sumScale - scale), rescaled(addendUnscaled, sumScale - addendScale));
            unscaled = sum;
            scale = sumScale;
        } catch (ArithmeticException tooLarge) {
            large = value().add(BigDecimal.valueOf(addendUnscaled, addendScale));
        }
    }

    /** Adds a value; nothing for null. */
    void add(BigDecimal addend) {
        if (addend == null) {
            return;
        }
        if (large == null && addend.precision() <= 18 && addend.scale() > NO_VALUE) {
            // At most 18 digits fit a long; moving the point by the scale gives the unscaled value without a BigInteger.
            add(addend.scaleByPowerOfTen(addend.scale()).longValueExact(), addend.scale());
        } else {
            large = value().add(addend);
        }
    }

    /** Adds another sum, as adding its value would. */
    void add(ExactSum other) {
        if (other.large == null) {
            add(other.unscaled, other.scale);
        } else {
            large = value().add(other.large);
        }
    }

    /** This holds exactly {@code value} (a carrier for one line's value, not a running sum from zero). */
    ExactSum set(long valueUnscaled, int valueScale) {
        unscaled = valueUnscaled;
        scale = valueScale;
        large = null;
        return this;
    }

    /** This holds exactly {@code value}, null not allowed. */
    ExactSum set(BigDecimal value) {
        if (value.precision() <= 18) {
            return set(value.scaleByPowerOfTen(value.scale()).longValueExact(), value.scale());
        }
        large = value;
        return this;
    }

    int signum() {
        return large != null ? large.signum() : Long.signum(unscaled);
    }

    BigDecimal value() {
        return large != null ? large : BigDecimal.valueOf(unscaled, scale);
    }

    /** The value × 10^power, exactly; ArithmeticException when it does not fit. */
    private static long rescaled(long value, int power) {
        if (power == 0 || value == 0) {
            return value;
        }
        if (power >= POWERS_OF_TEN.length) {
            throw new ArithmeticException("10^" + power + " does not fit a long");
        }
        return Math.multiplyExact(value, POWERS_OF_TEN[power]);
    }
}
