package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.segments.SegmentLines.buy;
import static io.customerlens.analysis.segments.SegmentLines.customers;
import static io.customerlens.analysis.segments.SegmentLines.giveBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Customers, net amount, orders and average order value by attribute, and two attributes crossed. */
class AttributeSegmentsTest {

    private final AttributeSegments segments = new AttributeSegments();

    /*
     *   key type       region  lines                                                     orders  net
     *   K1  Retail     North   SO1 100 + SO1 50 (one order), SO2 150                      2      300
     *   K2  Retail     —       no numbers: 01-01 100, 01-01 20, 02-01 60; return −30      2      150
     *   K3  Wholesale  North   SO9 500                                                    1      500
     *   K4  —          South   10 on each of three days                                   3       30
     *   K5  "  " (none) —      70                                                         1       70
     *   K6  unknown customer (the lookup gives null)  5                                   1        5
     */
    private static List<CustomerLines> lines() {
        return customers(
                buy("K1", "2024-01-05", "100", "SO1"), buy("K1", "2024-01-05", "50", "SO1"),
                buy("K1", "2024-02-05", "150", "SO2"),
                buy("K2", "2024-01-01", "100"), buy("K2", "2024-01-01", "20"), buy("K2", "2024-02-01", "60"),
                giveBack("K2", "2024-02-10", "-30"),
                buy("K3", "2024-03-01", "500", "SO9"),
                buy("K4", "2024-01-01", "10"), buy("K4", "2024-01-02", "10"), buy("K4", "2024-01-03", "10"),
                buy("K5", "2024-04-01", "70"),
                buy("K6", "2024-04-01", "5"));
    }

    private static CustomerInfo info(String type, String region) {
        return new CustomerInfo(null, null, type, region, null, null, null, null, null);
    }

    private static final Map<String, CustomerInfo> INFO = new HashMap<>(Map.of(
            "K1", info("Retail", "North"),
            "K2", info("Retail", null),
            "K3", info("Wholesale", "North"),
            "K4", info(null, "South"),
            "K5", info("  ", null)));

    /*
     * TYPE:   Wholesale K3: 1, 500, 1 order, AOV 500
     *         Retail K1 K2: 2, 450, 4 orders, AOV 112.5
     *         (none) K4 K5 K6: 3, 105, 5 orders, AOV 21
     * REGION: North K1 K3: 2, 800, 3 orders, AOV 266.67
     *         (none) K2 K5 K6: 3, 225, 4 orders, AOV 56.25
     *         South K4: 1, 30, 3 orders, AOV 10
     */
    @ParameterizedTest(name = "{0} row {1}: {2}")
    @CsvSource({
            "TYPE,   0, Wholesale, 1, 500, 1, 500",
            "TYPE,   1, Retail,    2, 450, 4, 112.5",
            "TYPE,   2,          , 3, 105, 5, 21",
            "REGION, 0, North,     2, 800, 3, 266.6666666666666666666666666666667",
            "REGION, 1,          , 3, 225, 4, 56.25",
            "REGION, 2, South,     1, 30,  3, 10",
    })
    void rowsByNetAmountWithTheMissingValueAsOneRow(CustomerAttribute attribute, int index, String value,
                                                    long customers, String net, long orders, String aov) {
        List<AttributeSegment> rows = segments.byAttribute(lines(), INFO::get).get(attribute);

        assertThat(rows).hasSize(3);
        AttributeSegment row = rows.get(index);
        assertThat(row.value()).isEqualTo(value);
        assertThat(row.customers()).isEqualTo(customers);
        assertThat(row.netAmount()).isEqualByComparingTo(net);
        assertThat(row.orders()).isEqualTo(orders);
        assertThat(row.averageOrderValue()).isCloseTo(new BigDecimal(aov), within(new BigDecimal("1e-30")));
    }

    @Test
    void onlyAttributesSomeCustomerHasGetATable() {
        assertThat(segments.byAttribute(lines(), INFO::get)).containsOnlyKeys(CustomerAttribute.TYPE, CustomerAttribute.REGION);
        assertThat(segments.byAttribute(lines(), key -> CustomerInfo.EMPTY)).isEmpty();
    }

    @Test
    void noOrdersMeansNoAverageOrderValue() {
        // A customer whose only line in the input is a return (built directly): net −10, 0 orders, AOV none.
        List<CustomerLines> customers = List.of(new CustomerLines("R", List.of(giveBack("R", "2024-01-01", "-10"))));
        CustomerInfo channelX = new CustomerInfo(null, null, null, null, null, null, null, "X", null);

        List<AttributeSegment> rows = segments.byAttribute(customers, key -> channelX).get(CustomerAttribute.CHANNEL);

        assertThat(rows).containsExactly(new AttributeSegment("X", 1, new BigDecimal("-10"), 0, null));
    }

    /*
     * TYPE × REGION, by net amount:
     *   Wholesale × North K3   1  500  1 order   AOV 500
     *   Retail × North    K1   1  300  2         150
     *   Retail × —        K2   1  150  2         75
     *   — × —             K5 K6 2  75  2         37.5
     *   — × South         K4   1   30  3         10
     */
    @Test
    void crossedTable() {
        List<CrossedSegment> rows = segments.crossed(lines(), INFO::get, CustomerAttribute.TYPE, CustomerAttribute.REGION);

        assertThat(rows).extracting(CrossedSegment::first).containsExactly("Wholesale", "Retail", "Retail", null, null);
        assertThat(rows).extracting(CrossedSegment::second).containsExactly("North", "North", null, null, "South");
        assertThat(rows).extracting(CrossedSegment::customers).containsExactly(1L, 1L, 1L, 2L, 1L);
        assertThat(rows).extracting(CrossedSegment::orders).containsExactly(1L, 2L, 2L, 2L, 3L);
        assertAmounts(rows.stream().map(CrossedSegment::netAmount).toList(), "500", "300", "150", "75", "30");
        assertAmounts(rows.stream().map(CrossedSegment::averageOrderValue).toList(), "500", "150", "75", "37.5", "10");
    }

    @Test
    void equalAmountsAreOrderedByValueWithTheMissingValueLast() {
        // A, B and (none) each 100: by value, none last.
        Map<String, CustomerInfo> info = Map.of("K1", info("B", null), "K2", info(null, null), "K3", info("A", null));
        List<CustomerLines> customers = customers(buy("K1", "2024-01-01", "100"), buy("K2", "2024-01-01", "100"),
                buy("K3", "2024-01-01", "100"));

        List<AttributeSegment> rows = segments.byAttribute(customers, info::get).get(CustomerAttribute.TYPE);

        assertThat(rows).extracting(AttributeSegment::value).containsExactly("A", "B", null);
    }

    private static void assertAmounts(List<BigDecimal> actual, String... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).isEqualByComparingTo(expected[i]);
        }
    }
}
