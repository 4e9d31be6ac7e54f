package io.customerlens.analysis.segments;

/**
 * Cut-offs on the cumulative share c of net amount before a customer: A if c &lt; a, B if c &lt; b, else C.
 * Both are shares (0.80 = 80 %), 0 ≤ a ≤ b ≤ 1.
 */
public record TierCutoffs(double a, double b) {

    /** The usual 80 % / 95 % split. */
    public static final TierCutoffs DEFAULT = new TierCutoffs(0.80, 0.95);

    public TierCutoffs {
        if (!(0 <= a && a <= b && b <= 1)) {
            throw new IllegalArgumentException("cut-offs must satisfy 0 ≤ a ≤ b ≤ 1: " + a + ", " + b);
        }
    }
}
