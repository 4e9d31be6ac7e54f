package io.customerlens.analysis.card;

import io.customerlens.domain.CustomerSalesLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What one product's (or category's) lines add up to while a card figure reads them: the net amount, the
 * distinct months with a purchase and the last purchase day. The first line read gives the label.
 */
class ProductTally {

    private final CustomerSalesLine first;
    private final Set<Integer> purchaseMonths = new HashSet<>();
    private BigDecimal net = BigDecimal.ZERO;
    private LocalDate lastPurchase;

    ProductTally(CustomerSalesLine first) {
        this.first = first;
    }

    /** Adds the line's amount (a return's is negative); a purchase also counts its month. */
    final void add(CustomerSalesLine line, int month) {
        net = net.add(line.amount());
        if (line.isPurchase()) {
            purchaseMonths.add(month);
            if (lastPurchase == null || line.date().isAfter(lastPurchase)) {
                lastPurchase = line.date();
            }
        }
    }

    final BigDecimal net() {
        return net;
    }

    final int purchaseMonths() {
        return purchaseMonths.size();
    }

    /** Null when no line read was a purchase. */
    final LocalDate lastPurchase() {
        return lastPurchase;
    }

    final CustomerSalesLine first() {
        return first;
    }

    /** The first line's product label, or the key when it has none. */
    final String productLabel(String key) {
        String label = first.productLabel();
        return label == null ? key : label;
    }
}
