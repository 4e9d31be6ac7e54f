package io.customerlens.service.snapshot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of decimals (null allowed) kept as unscaled longs and scales: 9 bytes a value instead of a
 * BigDecimal's 40 or more. {@link #get} gives back a value equal in unscaled value and scale to the one added,
 * so every figure computed from it is the same. The rare value that does not fit is kept as it came.
 */
final class DecimalColumn {

    /** The scale marking a null. */
    private static final byte NULL = Byte.MIN_VALUE;
    /** The scale marking a value kept whole in {@link #large}. */
    private static final byte LARGE = Byte.MIN_VALUE + 1;

    /** Digits any long holds. */
    private static final int MAX_LONG_DIGITS = 18;

    private long[] unscaled;
    private byte[] scales;
    private final Map<Integer, BigDecimal> large = new HashMap<>();
    private int size;

    DecimalColumn(int capacity) {
        unscaled = new long[Math.max(capacity, 16)];
        scales = new byte[unscaled.length];
    }

    void add(BigDecimal value) {
        if (size == unscaled.length) {
            int grown = unscaled.length + (unscaled.length >> 1);
            unscaled = Arrays.copyOf(unscaled, grown);
            scales = Arrays.copyOf(scales, grown);
        }
        if (value == null) {
            scales[size] = NULL;
        } else if (value.precision() <= MAX_LONG_DIGITS && value.scale() > LARGE && value.scale() <= Byte.MAX_VALUE) {
            // At most 18 digits always fit a long; moving the point by the scale gives the unscaled value exactly
            // without the BigInteger unscaledValue() would make for every line.
            unscaled[size] = value.scaleByPowerOfTen(value.scale()).longValueExact();
            scales[size] = (byte) value.scale();
        } else {
            scales[size] = LARGE;
            large.put(size, value);
        }
        size++;
    }

    BigDecimal get(int index) {
        byte scale = scales[index];
        if (scale == NULL) {
            return null;
        }
        return scale == LARGE ? large.get(index) : BigDecimal.valueOf(unscaled[index], scale);
    }

    /** Whether the value is held whole (it does not fit an unscaled long and a byte scale): read it with {@link #get}. */
    boolean isLarge(int index) {
        return scales[index] == LARGE;
    }

    /** Whether the value is null. */
    boolean isNull(int index) {
        return scales[index] == NULL;
    }

    /** The unscaled value of one neither null nor large. */
    long unscaled(int index) {
        return unscaled[index];
    }

    /** The scale of a value neither null nor large. */
    int scale(int index) {
        return scales[index];
    }

    /** The value as a double (0 for a missing one), without making a BigDecimal for the common case. */
    double doubleValue(int index) {
        byte scale = scales[index];
        if (scale == NULL) {
            return 0;
        }
        return scale == LARGE ? large.get(index).doubleValue() : unscaled[index] / Math.pow(10, scale);
    }

    /** Whether any value is not null. */
    boolean hasValue() {
        for (int index = 0; index < size; index++) {
            if (scales[index] != NULL) {
                return true;
            }
        }
        return false;
    }

    /** Drops the spare capacity once every value is in. */
    void trim() {
        unscaled = Arrays.copyOf(unscaled, size);
        scales = Arrays.copyOf(scales, size);
    }

    /** Puts the values in a new order: the new value at index i is the old value at {@code order[i]}. */
    void reorder(int[] order) {
        long[] reorderedUnscaled = new long[size];
        byte[] reorderedScales = new byte[size];
        Map<Integer, BigDecimal> reorderedLarge = new HashMap<>();
        for (int index = 0; index < size; index++) {
            reorderedUnscaled[index] = unscaled[order[index]];
            reorderedScales[index] = scales[order[index]];
            if (reorderedScales[index] == LARGE) {
                reorderedLarge.put(index, large.get(order[index]));
            }
        }
        unscaled = reorderedUnscaled;
        scales = reorderedScales;
        large.clear();
        large.putAll(reorderedLarge);
    }

    long bytes() {
        return unscaled.length * 9L;
    }
}
