package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a stored sales line that customer analysis needs, kept lean so a million of them fit in
 * memory. {@code customerKey} is null for lines that belong to no customer; {@code orderNo} may be null.
 * {@code margin} is the line's gross margin: its profit where the file has a profit column, else its
 * amount minus its cost (the line's total cost) where it has a cost column, else null (unknown).
 */
public record LineFact(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn, String orderNo,
                       BigDecimal margin) implements PurchaseRule {

    /** A line whose margin is unknown. */
    public LineFact(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn, String orderNo) {
        this(customerKey, date, amount, isReturn, orderNo, null);
    }

    /** The margin from the stored profit or cost, as the record's documentation defines it. */
    public static BigDecimal marginOf(BigDecimal amount, BigDecimal cost, BigDecimal profit) {
        if (profit != null) {
            return profit;
        }
        return cost == null ? null : amount.subtract(cost);
    }
}
