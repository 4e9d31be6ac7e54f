package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored sales line of a customer with its product, as the customer card lists and tallies them.
 * Product parts, quantity, unit price and margin may be null (the file did not carry them).
 *
 * @param margin the line's gross margin as {@link LineFact#marginOf} defines it; null = unknown
 */
public record CustomerSalesLine(LocalDate date, String orderNo, String productKey, String productName,
                                String category, String subCategory, BigDecimal quantity, BigDecimal unitPrice,
                                BigDecimal amount, boolean isReturn, BigDecimal margin)
        implements PurchaseRule {

    /** The product's name, else its key (a code without a name), else null. */
    public String productLabel() {
        return productName == null || productName.isBlank() ? productKey : productName;
    }
}
