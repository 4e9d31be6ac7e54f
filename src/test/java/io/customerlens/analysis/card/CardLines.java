package io.customerlens.analysis.card;

import io.customerlens.domain.CustomerSalesLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Customer lines for the card's tables, written as "2024-03-05 P01 100; 2024-04-02 P02 -20" (amount < 0 = return). */
final class CardLines {

    private CardLines() {
    }

    static List<CustomerSalesLine> parse(String spec) {
        List<CustomerSalesLine> lines = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return lines;
        }
        for (String part : spec.split(";")) {
            String[] fields = part.strip().split(" ");
            BigDecimal amount = new BigDecimal(fields[2]);
            String product = fields[1];
            lines.add(new CustomerSalesLine(LocalDate.parse(fields[0]), "O-" + fields[0], product, "name " + product,
                    "cat " + product.charAt(product.length() - 1), null, BigDecimal.ONE, amount.abs(), amount,
                    amount.signum() < 0, null));
        }
        return lines;
    }
}
