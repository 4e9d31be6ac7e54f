package io.customerlens.domain;

import java.math.BigDecimal;

/** A sales line as the purchase rule of DEFINITIONS.md reads it, so every kind of line applies the one rule. */
public interface PurchaseRule {

    BigDecimal amount();

    boolean isReturn();

    /** A purchase: not a return, and a positive amount. */
    default boolean isPurchase() {
        return isPurchase(isReturn(), amount());
    }

    /** The rule for a line's values held apart (a column store's), so it is still the one rule. */
    static boolean isPurchase(boolean isReturn, BigDecimal amount) {
        return isPurchase(isReturn, amount.signum());
    }

    /** The rule by the amount's sign alone (−1, 0, 1), for amounts not held as BigDecimal. */
    static boolean isPurchase(boolean isReturn, int amountSignum) {
        return !isReturn && amountSignum > 0;
    }
}
