package io.customerlens.analysis.products;

import io.customerlens.domain.PurchaseRule;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Running sums of one KPI period: net sales, quantity, margin (and the net of the lines that carry one), the
 * distinct orders and the distinct active customers. Shared by {@link SalesKpis} and {@link SalesByMonth}, so a
 * month summed either way holds the same figures.
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
        net.add(amount);
        if (lineQuantity != null) {
            quantity.add(lineQuantity);
        }
        if (lineMargin != null) {
            margin.add(lineMargin);
            marginedNet.add(amount);
        }
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

    long orders() {
        return orders.size();
    }

    long customers() {
        return customers.size();
    }

    /** An order without a number: its customer and day. */
    private record CustomerDay(String customerKey, int epochDay) {
    }
}
