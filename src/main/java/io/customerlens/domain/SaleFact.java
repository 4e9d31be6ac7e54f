package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored sales line as product and sales analysis needs it: {@link LineFact} plus its quantity and product.
 * Kept lean so a million fit in memory. {@code customerKey}, {@code orderNo}, {@code quantity}, {@code margin}
 * and {@code productKey} may be null (unknown); {@code margin} is as {@link LineFact#marginOf} defines it.
 */
public record SaleFact(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn, String orderNo,
                       BigDecimal quantity, BigDecimal margin, String productKey) implements PurchaseRule {

    /** The same line as customer analysis reads it. */
    public LineFact toLineFact() {
        return new LineFact(customerKey, date, amount, isReturn, orderNo, margin);
    }
}
