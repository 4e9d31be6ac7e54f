package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cleaned sales line (see docs/definitions). {@code customerKey} is null when the line belongs to
 * no customer; {@code isReturn} marks negative lines and cancellations, which never count as purchases.
 */
public record SalesLine(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn,
                        String orderNo, BigDecimal quantity, BigDecimal unitPrice, BigDecimal cost,
                        BigDecimal profit, CustomerInfo customer, ProductInfo product, Contact contact) {

    /** A line without contact details. */
    public SalesLine(String customerKey, LocalDate date, BigDecimal amount, boolean isReturn, String orderNo,
                     BigDecimal quantity, BigDecimal unitPrice, BigDecimal cost, BigDecimal profit,
                     CustomerInfo customer, ProductInfo product) {
        this(customerKey, date, amount, isReturn, orderNo, quantity, unitPrice, cost, profit, customer, product,
                Contact.EMPTY);
    }

    public SalesLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        customer = customer == null ? CustomerInfo.EMPTY : customer;
        product = product == null ? new ProductInfo(null, null, null, null) : product;
        contact = contact == null ? Contact.EMPTY : contact;
    }

}
