package io.customerlens.store;

import java.math.BigDecimal;

/** Reading DECFLOAT columns back in the form people wrote them. */
final class StoredNumbers {

    private StoredNumbers() {
    }

    /**
     * DECFLOAT hands numbers back normalised ({@code 100} as {@code 1E+2}); give them a plain scale of at least
     * zero so that {@code toString()} never shows an exponent.
     */
    static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
