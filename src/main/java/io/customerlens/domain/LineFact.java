package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a stored sales line that customer analysis needs, kept lean so a million of them fit in
 * memory. {@code customerKey} is null for lines that belong to no customer; {@code orderNo} may be null.
 */
public record LineFact(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn, String orderNo) {

    public boolean isPurchase() {
        return !isReturn && amount.signum() > 0;
    }
}
