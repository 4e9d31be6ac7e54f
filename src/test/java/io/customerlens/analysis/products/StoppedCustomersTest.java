package io.customerlens.analysis.products;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.SaleFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static io.customerlens.analysis.products.SaleLines.customers;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers who stopped buying a unit, as of 2025-06-30. With N = 3 the last N months are 2025-04..06 and the
 * 12 before 2024-04..2025-03; with N = 6, 2025-01..06 and 2024-01..12. p1 and p2 are category A, p3 category B.
 */
class StoppedCustomersTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static SalesFacts sales() {
        List<SaleFact> lines = List.of(
                // c1: p1 in three months, then only p3 in the last three.
                sale("c1", "2024-05-10", "100", "p1"), sale("c1", "2024-08-10", "100", "p1"),
                sale("c1", "2025-01-10", "100", "p1"), sale("c1", "2025-05-01", "50", "p3"),
                // c2: p1 in two months only.
                sale("c2", "2024-06-01", "200", "p1"), sale("c2", "2024-07-01", "200", "p1"),
                sale("c2", "2025-05-01", "80", "p3"),
                // c3: p1 in four months and a return (net 900), then p2 (same category A) on the as-of day.
                sale("c3", "2024-04-15", "250", "p1"), sale("c3", "2024-09-15", "250", "p1"),
                sale("c3", "2024-10-15", "250", "p1"), sale("c3", "2024-11-15", "250", "p1"),
                sale("c3", "2024-12-01", "-100", "p1"), sale("c3", "2025-06-30", "300", "p2"),
                // c4: p1 in three months, then nothing at all: lapsed, not here.
                sale("c4", "2024-10-01", "100", "p1"), sale("c4", "2024-11-01", "100", "p1"),
                sale("c4", "2024-12-01", "100", "p1"),
                // c5: p1 in three months; lately only a return of p1 (not a purchase) and p3.
                sale("c5", "2024-12-05", "100", "p1"), sale("c5", "2025-02-05", "100", "p1"),
                sale("c5", "2025-03-05", "100", "p1"), sale("c5", "2025-05-05", "-50", "p1"),
                sale("c5", "2025-05-20", "40", "p3"),
                // c6: p1 in three months, the first before the 12 months of N = 3.
                sale("c6", "2024-03-20", "100", "p1"), sale("c6", "2024-06-20", "100", "p1"),
                sale("c6", "2024-07-20", "100", "p1"), sale("c6", "2025-05-10", "10", "p3"),
                // c7: p1 in three months; lately a line without a product and a return of p3.
                sale("c7", "2024-04-01", "50", "p1"), sale("c7", "2024-05-01", "50", "p1"),
                sale("c7", "2024-06-01", "50", "p1"), sale("c7", "2025-04-02", "60", null),
                sale("c7", "2025-04-10", "-20", "p3"),
                // c8: p1 in three months, its other purchase after the as-of date.
                sale("c8", "2024-10-08", "100", "p1"), sale("c8", "2024-11-08", "100", "p1"),
                sale("c8", "2024-12-08", "100", "p1"), sale("c8", "2025-07-05", "100", "p3"),
                // a line without a customer is nobody's
                sale(null, "2024-05-01", "999", "p1"), sale(null, "2024-06-01", "999", "p1"),
                sale(null, "2024-07-01", "999", "p1"), sale(null, "2025-05-01", "999", "p3"));
        return new SalesFacts(lines, products("p1::A", "p2::A", "p3::B"),
                customers("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"));
    }

    /** Each expected customer as key:last purchase of the unit:months bought:net before:other recent net:latest purchase. */
    @ParameterizedTest(name = "{0} {1}, N = {2}")
    @CsvSource(delimiter = '|', value = {
            "PRODUCT  | p1 | 3 | c3:2024-11-15:4:900:300:2025-06-30 c1:2025-01-10:3:300:50:2025-05-01 "
                    + "c5:2025-03-05:3:300:40:2025-05-20 c7:2024-06-01:3:150:40:2025-04-02",
            "CATEGORY | A  | 3 | c1:2025-01-10:3:300:50:2025-05-01 c5:2025-03-05:3:300:40:2025-05-20 "
                    + "c7:2024-06-01:3:150:40:2025-04-02",
            "PRODUCT  | p1 | 6 | c3:2024-11-15:4:900:300:2025-06-30 c6:2024-07-20:3:300:10:2025-05-10 "
                    + "c7:2024-06-01:3:150:40:2025-04-02",
            "PRODUCT  | p3 | 3 | ''",
            "CATEGORY | B  | 6 | ''",
    })
    void regularBuyersOfTheUnitWhoStoppedItButBuyOtherThings(BcgUnit unit, String unitKey, int months,
                                                              String expected) {
        List<StoppedCustomer> stopped = new StoppedCustomers().of(sales(), unit, unitKey, AS_OF, new LapseWindow(months));

        assertThat(stopped).extracting(customer -> String.join(":", customer.customerKey(),
                        customer.lastPurchase().toString(), String.valueOf(customer.monthsBought()),
                        customer.netBefore().toPlainString(), customer.otherRecentNet().toPlainString(),
                        customer.latestPurchase().toString()))
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void theNameComesFromTheCustomers() {
        assertThat(new StoppedCustomers().of(sales(), BcgUnit.PRODUCT, "p1", AS_OF, new LapseWindow(3)).getFirst().name())
                .isEqualTo("name-c3");
    }
}
