package io.customerlens.analysis.segments;

/**
 * Score cut-offs of the key-account tiers: score ≥ {@code strategic} → STRATEGIC, else ≥ {@code key} → KEY,
 * else ORDINARY. The defaults 70 / 50 put a customer in a tier when it is, weighted, at least 70 % / half
 * of the way from the weakest to the strongest active customer.
 */
public record KeyAccountCutoffs(double strategic, double key) {

    public static final KeyAccountCutoffs DEFAULT = new KeyAccountCutoffs(70, 50);

    public KeyAccountCutoffs {
        if (!(key >= 0 && key <= strategic && strategic <= 100)) {
            throw new IllegalArgumentException(
                    "key-account cut-offs need 0 ≤ key ≤ strategic ≤ 100, not key " + key + ", strategic " + strategic);
        }
    }

    public KeyAccountTier tierOf(double score) {
        if (score >= strategic) {
            return KeyAccountTier.STRATEGIC;
        }
        return score >= key ? KeyAccountTier.KEY : KeyAccountTier.ORDINARY;
    }
}
