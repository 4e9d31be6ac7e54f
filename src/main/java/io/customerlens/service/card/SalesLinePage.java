package io.customerlens.service.card;

import io.customerlens.domain.CustomerSalesLine;

import java.util.List;

/**
 * One page of a customer's raw sales lines, newest first.
 *
 * @param total how many lines the customer has in all (every page together)
 */
public record SalesLinePage(List<CustomerSalesLine> lines, int offset, int limit, long total) {

    public SalesLinePage {
        lines = List.copyOf(lines);
    }

    public boolean hasNext() {
        return offset + lines.size() < total;
    }
}
