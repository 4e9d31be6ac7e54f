package io.customerlens.analysis.products;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.facts;
import static io.customerlens.analysis.products.SaleLines.line;
import static io.customerlens.analysis.products.SaleLines.products;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DEFINITIONS: orders, purchases and returns, per period. As of 2024-02-29 (the last day of February):
 * <pre>
 *   2022-12-15 O0  c1  400  qty 4  margin 100
 *   2023-01-10 O00 c1  250  qty 5  margin 50
 *   2023-11-10 O1  c1  100  qty 2  margin 30
 *   2023-12-05 O2  c1  200  qty 4  margin 50   and a second line of O2: 100, qty 1, margin 20
 *   2023-12-20 —   c2  100  qty 1  (no margin)       an order by customer and day
 *   2023-12-21 R1  c2  −50  qty −1 margin −10        a return: no order, no active customer
 *   2024-01    nothing
 *   2024-02-03 O3  c2  300  qty 3  margin 90
 * </pre>
 * December 2023: net 350, quantity 5, orders 2 (O2, c2 on 12-20), active 2, average order 175, margin 60 over the
 * margined net 250 (200 + 100 − 50): rate 0.24.
 */
class SalesKpisTest {

    private static final LocalDate AS_OF = day("2024-02-29");
    private final SalesKpis kpis = new SalesKpis();

    private static SalesFacts sales() {
        return facts(List.of(
                line("c1", "2022-12-15", "400", "O0", "4", "100", "p"),
                line("c1", "2023-01-10", "250", "O00", "5", "50", "p"),
                line("c1", "2023-11-10", "100", "O1", "2", "30", "p"),
                line("c1", "2023-12-05", "200", "O2", "4", "50", "p"),
                line("c1", "2023-12-05", "100", "O2", "1", "20", "p"),
                line("c2", "2023-12-20", "100", null, "1", null, "p"),
                line("c2", "2023-12-21", "-50", "R1", "-1", "-10", "p"),
                line("c2", "2024-02-03", "300", "O3", "3", "90", "p"),
                line("c2", "2024-03-01", "999", "O9", "1", "1", "p")), products("p:S:X"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // month | net | qty | orders | active | aov | margin | rate
            "2022-12 | 400 | 4 | 1 | 1 | 400 | 100 | 0.25",
            "2023-01 | 250 | 5 | 1 | 1 | 250 | 50  | 0.2",
            "2023-02 | 0   | 0 | 0 | 0 |     | 0   |",
            "2023-11 | 100 | 2 | 1 | 1 | 100 | 30  | 0.3",
            "2023-12 | 350 | 5 | 2 | 2 | 175 | 60  | 0.24",
            "2024-01 | 0   | 0 | 0 | 0 |     | 0   |",
            "2024-02 | 300 | 3 | 1 | 1 | 300 | 90  | 0.3",
    })
    void monthlyFigures(String month, String net, String quantity, long orders, long active, String aov, String margin,
                        String rate) {
        KpiRow row = kpis.analyse(sales(), AS_OF, KpiGranularity.MONTH).month(YearMonth.parse(month)).orElseThrow();

        assertThat(row.netSales()).isEqualByComparingTo(net);
        assertThat(row.quantity()).isEqualByComparingTo(quantity);
        assertThat(row.orders()).isEqualTo(orders);
        assertThat(row.activeCustomers()).isEqualTo(active);
        assertEqualOrNull(row.avgOrderValue(), aov);
        assertThat(row.grossMargin()).isEqualByComparingTo(margin);
        assertEqualOrNull(row.marginRate(), rate);
        assertThat(row.complete()).isTrue();
    }

    /*
     * Net sales growth. Dec 2022 is the first month: nothing before it. Jan 2023 vs Dec 2022 across the year
     * boundary: (250 − 400) / 400. Dec 2023 vs Nov: (350 − 100) / 100; vs Dec 2022: (350 − 400) / 400.
     * Jan 2024 (no sales) vs Dec 2023: −1, vs Jan 2023: −1. Feb 2024 vs the empty January: a zero base,
     * undefined; vs Feb 2023, also empty: undefined.
     */
    @ParameterizedTest(name = "{0}: MoM {1}{2}, YoY {3}{4}")
    @CsvSource(delimiter = '|', value = {
            "2022-12 |        | BEFORE_FIRST_DATA |        | BEFORE_FIRST_DATA",
            "2023-01 | -0.375 |                   |        | BEFORE_FIRST_DATA",
            "2023-12 | 2.5    |                   | -0.125 |",
            "2024-01 | -1     |                   | -1     |",
            "2024-02 |        | ZERO_BASE         |        | ZERO_BASE",
    })
    void netSalesGrowthIsAbsentRatherThanZero(String month, String mom, GrowthGap momGap, String yoy, GrowthGap yoyGap) {
        KpiRow row = kpis.analyse(sales(), AS_OF, KpiGranularity.MONTH).month(YearMonth.parse(month)).orElseThrow();

        assertGrowth(row.mom(KpiMeasure.NET_SALES), mom, momGap);
        assertGrowth(row.yoy(KpiMeasure.NET_SALES), yoy, yoyGap);
    }

    /* Margin rate moves in points: Jan 2023 0.2 vs Dec 2022 0.25 = −0.05; an unknown rate (empty month) has none. */
    @ParameterizedTest(name = "{0} {1}: {2}{3}")
    @CsvSource(delimiter = '|', value = {
            "2023-01 | MARGIN_RATE     | -0.05 |",
            "2024-02 | MARGIN_RATE     |       | UNKNOWN",
            "2024-02 | AVG_ORDER_VALUE |       | UNKNOWN",
            "2023-12 | ORDERS          | 1     |",
            "2023-12 | GROSS_MARGIN    | 1     |",
            "2024-02 | ACTIVE_CUSTOMERS|       | ZERO_BASE",
    })
    void otherMeasuresMonthOnMonth(String month, KpiMeasure measure, String growth, GrowthGap gap) {
        KpiRow row = kpis.analyse(sales(), AS_OF, KpiGranularity.MONTH).month(YearMonth.parse(month)).orElseThrow();

        assertGrowth(row.mom(measure), growth, gap);
    }

    @Test
    void everyMonthFromTheFirstLineToTheAsOfMonthIsARow() {
        KpiSeries series = kpis.analyse(sales(), AS_OF, KpiGranularity.MONTH);

        assertThat(series.rows()).hasSize(15);
        assertThat(series.rows().getFirst().label()).isEqualTo("2022-12");
        assertThat(series.latestComplete()).map(KpiRow::label).hasValue("2024-02");
    }

    @Test
    void theAsOfMonthIsIncompleteUnlessTheAsOfDateIsItsLastDay() {
        KpiSeries series = kpis.analyse(sales(), day("2024-02-28"), KpiGranularity.MONTH);

        assertThat(series.rows().getLast().complete()).isFalse();
        assertThat(series.latestComplete()).map(KpiRow::label).hasValue("2024-01");
    }

    /* Q4 2023 = Nov + Dec: 450, 3 orders; vs Q3 (empty) a zero base; vs Q4 2022 (400): 0.125. */
    @Test
    void quartersAddTheirMonths() {
        KpiRow row = kpis.analyse(sales(), AS_OF, KpiGranularity.QUARTER).row(day("2023-10-01")).orElseThrow();

        assertThat(row.label()).isEqualTo("2023-Q4");
        assertThat(row.netSales()).isEqualByComparingTo("450");
        assertThat(row.orders()).isEqualTo(3);
        assertGrowth(row.mom(KpiMeasure.NET_SALES), null, GrowthGap.ZERO_BASE);
        assertGrowth(row.yoy(KpiMeasure.NET_SALES), "0.125", null);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "DAY,     2024-02-29, 2024-02-29",
            "WEEK,    2024-01-01, 2024-W01",
            "WEEK,    2023-01-01, 2022-W52",
            "MONTH,   2024-02-29, 2024-02",
            "QUARTER, 2024-05-31, 2024-Q2",
            "YEAR,    2024-05-31, 2024",
    })
    void periodLabels(KpiGranularity granularity, LocalDate date, String label) {
        assertThat(granularity.label(granularity.startOf(date))).isEqualTo(label);
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2024-02-29, 2024-02", "2024-02-28, 2024-01", "2023-12-31, 2023-12", "2024-01-01, 2023-12"})
    void latestCompleteMonth(LocalDate asOf, YearMonth month) {
        assertThat(KpiPeriods.latestCompleteMonth(asOf)).isEqualTo(month);
    }

    @Test
    void withoutMarginOrQuantityThoseFiguresAreUnknown() {
        SalesFacts plain = facts(List.of(line("c1", "2024-01-05", "10", null, null, null, null)), products());

        KpiRow row = kpis.analyse(plain, day("2024-01-31"), KpiGranularity.MONTH).rows().getFirst();

        assertThat(row.quantity()).isNull();
        assertThat(row.grossMargin()).isNull();
        assertThat(row.marginRate()).isNull();
        assertThat(row.orders()).isEqualTo(1);
    }

    private static void assertGrowth(Growth growth, String value, GrowthGap gap) {
        if (value == null) {
            assertThat(growth.isDefined()).isFalse();
            assertThat(growth.gap()).isEqualTo(gap);
        } else {
            assertThat(growth.value()).isEqualByComparingTo(value);
        }
    }

    private static void assertEqualOrNull(java.math.BigDecimal actual, String expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
