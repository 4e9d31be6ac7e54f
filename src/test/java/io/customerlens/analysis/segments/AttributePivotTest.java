package io.customerlens.analysis.segments;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Region × channel over five customers, as of 2024-06-30:
 * <pre>
 *   K1 华东 KA    100     lapsed
 *   K2 华东 便利   50
 *   K3 华南 KA    300     lapsed
 *   K4 华东 KA     20
 *   K5 (none) KA  10 bought, 20 returned: −10
 *
 *              KA                      便利            total
 *   华南        K3 300, 1/1 lapsed      —               K3 300, 1/1
 *   华东        K1 K4 120, 1/2          K2 50, 0/1      K1 K2 K4 170, 1/3
 *   (none)     K5 −10, 0/1             —               K5 −10, 0/1
 *   total      K1 K3 K4 K5 410, 2/4    K2 50, 0/1      all five 460, 2/5
 * </pre>
 * Rows by total net amount: 华南 300, 华东 170, none −10; columns: KA 410, 便利 50.
 */
class AttributePivotTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private static PivotTable pivot() {
        List<LineFact> lines = List.of(
                line("K1", "100"), line("K2", "50"), line("K3", "300"), line("K4", "20"), line("K5", "10"),
                new LineFact("K5", LocalDate.of(2024, 5, 2), new BigDecimal("-20"), true, "R5"));
        Map<String, CustomerInfo> infos = Map.of("K1", info("华东", "KA"), "K2", info("华东", "便利"),
                "K3", info("华南", "KA"), "K4", info("华东", "KA"), "K5", info(null, "KA"));
        return new AttributePivot().of(CustomerLines.asOf(lines, AS_OF), infos::get, CustomerAttribute.REGION,
                CustomerAttribute.CHANNEL, Set.of("K1", "K3"));
    }

    @Test
    void rowsAndColumnsAreOrderedByTheirTotalNetAmountWithoutAValueLast() {
        PivotTable table = pivot();

        assertThat(table.rows()).containsExactly("华南", "华东", null);
        assertThat(table.columns()).containsExactly("KA", "便利");
    }

    /** "-" stands for no value, "total" for a row's or column's total. */
    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({
            "华南,  KA,    K3,          300, 1.0",
            "华南,  便利,  '',            0, 0.0",
            "华东,  KA,    K1 K4,       120, 0.5",
            "华东,  便利,  K2,           50, 0.0",
            "-,    KA,    K5,          -10, 0.0",
            "华东,  total, K1 K2 K4,    170, 0.3333",
            "-,    total, K5,          -10, 0.0",
            "total, KA,   K1 K3 K4 K5, 410, 0.5",
            "total, 便利,  K2,           50, 0.0",
            "total, total, K1 K2 K3 K4 K5, 460, 0.4",
    })
    void eachCellAndTotalHasItsCustomersAmountAndLapsedShare(String row, String column, String customers,
                                                             String net, double lapsedShare) {
        PivotTable table = pivot();
        PivotCell cell = cell(table, value(row), value(column));

        Set<String> expected = customers.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(customers.split(" ")));
        assertThat(cell.customers()).isEqualTo(expected);
        assertThat(PivotMeasure.CUSTOMERS.of(cell)).isEqualTo((long) expected.size());
        assertThat(cell.netAmount()).isEqualByComparingTo(net);
        assertThat(cell.lapsedShare()).isCloseTo(lapsedShare, org.assertj.core.data.Offset.offset(0.0001));
    }

    private static PivotCell cell(PivotTable table, String row, String column) {
        if ("total".equals(row) && "total".equals(column)) {
            return table.total();
        }
        if ("total".equals(row)) {
            return table.columnTotal(column);
        }
        return "total".equals(column) ? table.rowTotal(row) : table.cell(row, column);
    }

    private static String value(String text) {
        return "-".equals(text) ? null : text;
    }

    private static LineFact line(String customer, String amount) {
        return new LineFact(customer, LocalDate.of(2024, 5, 1), new BigDecimal(amount), false, "O-" + customer);
    }

    private static CustomerInfo info(String region, String channel) {
        return new CustomerInfo(null, null, null, region, null, null, null, channel, null);
    }
}
