package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A flagged month with the customers and products that moved most in the direction of its departure. */
public record SalesAnomaly(YearMonth month, BigDecimal actual, BigDecimal expected, BigDecimal departure,
                           double robustZ, List<Contributor> customers, List<Contributor> products) {

    public SalesAnomaly {
        customers = List.copyOf(customers);
        products = List.copyOf(products);
    }

    public boolean isAbove() {
        return actual.compareTo(expected) > 0;
    }
}
