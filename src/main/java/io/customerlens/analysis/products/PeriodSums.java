package io.customerlens.analysis.products;

import io.customerlens.domain.PurchaseRule;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Running sums of one KPI period: net sales, quantity, margin (and the net of the lines that carry one), the
 * distinct orders and the distinct active customers. Shared by {@link SalesKpis} and {@link SalesByMonth}, so a
 * month summed either way holds the same figures. Lines come either with their texts ({@link #add}) or with a
 * column store's dense codes ({@link #addCoded}), one way per instance: the codes are counted in bit sets, which
 * cost no hashing and no object per order.
 */
final class PeriodSums {

    final ExactSum net = new ExactSum();
    final ExactSum quantity = new ExactSum();
    final ExactSum margin = new ExactSum();
    final ExactSum marginedNet = new ExactSum();
    private final Set<Object> orders = new HashSet<>();
    private final Set<String> customers = new HashSet<>();
    private Object lastOrder;
    private String lastCustomer;
    /** The coded way: the order and customer codes seen, and orders without a number as customer code and day. */
    private final BitSet orderCodes = new BitSet();
    private final BitSet customerCodes = new BitSet();
    private final Set<Long> unnumberedOrders = new HashSet<>();

    /** Adds one line (quantity and margin may be null). */
    void add(String customerKey, int epochDay, BigDecimal amount, boolean isReturn, String orderNo,
             BigDecimal lineQuantity, BigDecimal lineMargin) {
        add(customerKey, epochDay, new ExactSum().set(amount), isReturn, orderNo,
                lineQuantity == null ? null : new ExactSum().set(lineQuantity),
                lineMargin == null ? null : new ExactSum().set(lineMargin));
    }

    /**
     * Adds one line (quantity and margin may be null). A purchase (not a return, amount above zero) counts its
     * order — its number, else its customer and day — and, with a customer, the customer as active.
     */
    void add(String customerKey, int epochDay, ExactSum amount, boolean isReturn, String orderNo,
             ExactSum lineQuantity, ExactSum lineMargin) {
        addSums(amount, lineQuantity, lineMargin);
        if (PurchaseRule.isPurchase(isReturn, amount.signum())) {
            // An order's lines follow each other: each is added once, without hashing it again per line.
            if (orderNo == null || orderNo != lastOrder) {
                boolean numbered = orderNo != null && !orderNo.isBlank();
                Object order = numbered ? orderNo : new CustomerDay(customerKey, epochDay);
                if (!order.equals(lastOrder)) {
                    orders.add(order);
                    lastOrder = order;
                }
            }
            if (customerKey != null && !customerKey.equals(lastCustomer)) {
                customers.add(customerKey);
                lastCustomer = customerKey;
            }
        }
    }

    /** The line's amount, quantity and margin into the sums, whichever way the line's order and customer are given. */
    private void addSums(ExactSum amount, ExactSum lineQuantity, ExactSum lineMargin) {
        net.add(amount);
        if (lineQuantity != null) {
            quantity.add(lineQuantity);
        }
        if (lineMargin != null) {
            margin.add(lineMargin);
            marginedNet.add(amount);
        }
    }

    /**
     * Adds one line given by codes (quantity and margin may be null): the same figures as {@link #add} with the
     * codes' texts, where two lines with the same order code have the same order number.
     *
     * @param customerCode a customer's code, {@link SalesByMonth#NO_CODE} without one
     * @param orderCode    an order number's code, {@link SalesByMonth#NO_CODE} without one
     * @param numbered     whether the order number is there and not blank (else the order is customer and day)
     */
    void addCoded(int customerCode, int epochDay, ExactSum amount, boolean isReturn, int orderCode,
                  boolean numbered, ExactSum lineQuantity, ExactSum lineMargin) {
        addSums(amount, lineQuantity, lineMargin);
        if (PurchaseRule.isPurchase(isReturn, amount.signum())) {
            if (numbered) {
                orderCodes.set(orderCode);
            } else {
                // The code shifted by one keeps "no customer" (-1) apart from code 0.
                unnumberedOrders.add(((long) (customerCode + 1) << 32) | (epochDay & 0xFFFF_FFFFL));
            }
            if (customerCode != SalesByMonth.NO_CODE) {
                customerCodes.set(customerCode);
            }
        }
    }

    long orders() {
        return orders.size() + orderCodes.cardinality() + unnumberedOrders.size();
    }

    long customers() {
        return customers.size() + customerCodes.cardinality();
    }

    /** An order without a number: its customer and day. */
    private record CustomerDay(String customerKey, int epochDay) {
    }
}
