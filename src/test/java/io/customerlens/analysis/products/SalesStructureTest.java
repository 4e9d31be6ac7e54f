package io.customerlens.analysis.products;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.customerlens.analysis.products.SaleLines.customers;
import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.money;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares of net sales, latest complete month (February 2024) against January. Customers: c1 east/online,
 * c2 west/online, c3 east without a channel, c4 unknown to the store.
 * <pre>
 *   January:  c1 100 (p1), c2 300 (p2)                    total 400
 *   February: c1 300 (p1), c2 100 (p2), c3 80 + return −30 (p1), c4 50 (no product)   total 500
 * </pre>
 */
class SalesStructureTest {

    private final SalesStructure structure = new SalesStructure();

    private static SalesFacts sales() {
        return new SalesFacts(List.of(
                sale("c1", "2024-01-10", "100", "p1"), sale("c2", "2024-01-20", "300", "p2"),
                sale("c1", "2024-02-10", "300", "p1"), sale("c2", "2024-02-11", "100", "p2"),
                sale("c3", "2024-02-12", "80", "p1"), sale("c3", "2024-02-13", "-30", "p1"),
                sale("c4", "2024-02-14", "50", null), sale("c1", "2024-03-01", "1000", "p1")),
                products("p1:S1:A", "p2:S2:B"),
                customers("c1:east:online", "c2:west:online", "c3:east:"));
    }

    /* Region: east = c1 + c3 350 / 500 = 0.7 (Jan 100 / 400 = 0.25, +0.45); west 100 / 500 = 0.2 (Jan 0.75); none (c4) 0.1 (Jan 0). */
    @ParameterizedTest(name = "{0} {1}: {2} of {3}")
    @CsvSource(delimiter = '|', value = {
            "REGION   | east   | 350 | 0.7 | 100 | 0.25 | 0.45",
            "REGION   | west   | 100 | 0.2 | 300 | 0.75 | -0.55",
            "REGION   |        | 50  | 0.1 | 0   | 0    | 0.1",
            "CHANNEL  | online | 400 | 0.8 | 400 | 1    | -0.2",
            "CHANNEL  |        | 100 | 0.2 | 0   | 0    | 0.2",
            "CATEGORY | A      | 350 | 0.7 | 100 | 0.25 | 0.45",
            "PRODUCT  | p2     | 100 | 0.2 | 300 | 0.75 | -0.55",
    })
    void sharesAndTheirMove(StructureDimension dimension, String value, String current, String currentShare,
                            String previous, String previousShare, String change) {
        StructureResult result = structure.analyse(sales(), dimension,
                ComparisonPeriod.LATEST_COMPLETE_MONTH.spans(day("2024-03-01")));

        ShareRow row = result.rows().stream().filter(r -> java.util.Objects.equals(r.value(), value)).findFirst()
                .orElseThrow();
        assertThat(row.currentSales()).isEqualByComparingTo(current);
        assertThat(row.currentShare()).isEqualByComparingTo(currentShare);
        assertThat(row.previousSales()).isEqualByComparingTo(previous);
        assertThat(row.previousShare()).isEqualByComparingTo(previousShare);
        assertThat(row.shareChange()).isEqualByComparingTo(money(change));
        assertThat(result.currentTotal()).isEqualByComparingTo("500");
        assertThat(result.rows().getLast().value()).as("none last").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REGION, east;west;", "PRODUCT, p1;p2;"})
    void rowsBySalesThenNoneLast(StructureDimension dimension, String order) {
        StructureResult result = structure.analyse(sales(), dimension,
                ComparisonPeriod.LATEST_COMPLETE_MONTH.spans(day("2024-03-01")));

        assertThat(result.rows()).extracting(row -> row.value() == null ? "" : row.value())
                .containsExactly(order.split(";", -1));
    }
}
