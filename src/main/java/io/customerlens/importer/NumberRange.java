package io.customerlens.importer;

import io.customerlens.domain.ProblemReason;

import java.math.BigDecimal;

/**
 * The magnitudes a figure of a sales line can have. Beyond ±10¹² (a trillion) a number is a typing or
 * export error (1e309 is what an overflowed cell looks like), and a non-zero number below 10⁻¹² is an
 * underflow (1e-400), no price or quantity: both are rejected, never stored or summed.
 */
final class NumberRange {

    static final BigDecimal MAX = new BigDecimal("1E12");
    static final BigDecimal MIN_NON_ZERO = new BigDecimal("1E-12");
    static final String MAX_TEXT = "10¹²";
    static final String MIN_TEXT = "10⁻¹²";

    private NumberRange() {
    }

    /** Why the number is implausible, or null when it is fine. */
    static ProblemReason problem(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(MAX) > 0) {
            return ProblemReason.NUMBER_TOO_LARGE;
        }
        if (value.signum() != 0 && magnitude.compareTo(MIN_NON_ZERO) < 0) {
            return ProblemReason.NUMBER_TOO_SMALL;
        }
        return null;
    }

    /** The limit a problem's message names. */
    static String limit(ProblemReason reason) {
        return reason == ProblemReason.NUMBER_TOO_LARGE ? MAX_TEXT : MIN_TEXT;
    }
}
