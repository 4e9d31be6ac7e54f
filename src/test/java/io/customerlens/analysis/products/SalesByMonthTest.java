package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.products.SaleLines.customers;
import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.line;
import static io.customerlens.analysis.products.SaleLines.products;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Month sums as of 29 February 2024:
 * <pre>
 *   January:  c1 100.5 (p1, O1) + 20 (p2, O1); c2 300 (p2, O2)                       net 420.5, 2 orders, 2 customers
 *   February: c2 return −40 (p2); c1 50.25 (p1, no number: c1's day); no customer 10 (p1, no number)
 *                                                                                       net 20.25, 2 orders, 1 customer
 *   March:    c3 70 — after the as-of date, not summed
 * </pre>
 */
class SalesByMonthTest {

    private static final LocalDate AS_OF = day("2024-02-29");

    private static SalesFacts sales() {
        return new SalesFacts(List.of(
                line("c1", "2024-01-10", "100.5", "O1", null, null, "p1"),
                line("c1", "2024-01-10", "20", "O1", null, null, "p2"),
                line("c2", "2024-01-20", "300", "O2", null, null, "p2"),
                line("c2", "2024-02-05", "-40", "R1", null, null, "p2"),
                line("c1", "2024-02-10", "50.25", null, null, null, "p1"),
                line(null, "2024-02-11", "10", null, null, null, "p1"),
                line("c3", "2024-03-02", "70", "O3", null, null, null)),
                products("p1:S1:A", "p2::"), customers("c1:east:online", "c2:::", "c3:::retail"));
    }

    /** Cells as "key=amount;…", "-" for the null key; amounts compared with their scale, as a sum line by line has it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-01 | 420.5 | 2 | 2 | c1=120.5;c2=300      | p1=100.5;p2=320",
            "2024-02 | 20.25 | 2 | 1 | c2=-40;c1=50.25;-=10 | p2=-40;p1=60.25",
    })
    void eachMonthSumsItsLines(String month, String net, long orders, long customers, String byCustomer,
                               String byProduct) {
        SalesByMonth months = SalesByMonth.of(sales(), AS_OF);
        int index = MonthIndex.of(YearMonth.parse(month));

        assertThat(months.net(index)).isEqualTo(new BigDecimal(net));
        assertThat(months.sums(index).orders()).isEqualTo(orders);
        assertThat(months.sums(index).customers()).isEqualTo(customers);
        assertThat(months.byCustomer(index)).isEqualTo(cells(byCustomer));
        assertThat(months.byProduct(index)).isEqualTo(cells(byProduct));
    }

    @Test
    void theMonthsRunFromTheFirstLineToTheAsOfDateAndLaterLinesAreLeftOut() {
        SalesByMonth months = SalesByMonth.of(sales(), AS_OF);

        assertThat(months.firstMonth()).isEqualTo(MonthIndex.of(YearMonth.of(2024, 1)));
        assertThat(months.lastMonth()).isEqualTo(MonthIndex.of(YearMonth.of(2024, 2)));
        int march = MonthIndex.of(YearMonth.of(2024, 3));
        assertThat(months.net(march)).isEqualTo(BigDecimal.ZERO);
        assertThat(months.byCustomer(march)).isEmpty();
    }

    /* c3, the only customer with a type, buys only after the as-of date; p2 has no category. */
    @Test
    void dimensionsAreThoseOfTheLinesSummed() {
        assertThat(SalesByMonth.of(sales(), AS_OF).dimensionsWithValues()).containsExactly(StructureDimension.PRODUCT,
                StructureDimension.CATEGORY, StructureDimension.SUB_CATEGORY, StructureDimension.REGION,
                StructureDimension.CHANNEL);
        assertThat(sales().dimensionsWithValues()).contains(StructureDimension.CUSTOMER_TYPE);
    }

    @Test
    void noLineOnOrBeforeTheAsOfDateGivesNoMonth() {
        SalesByMonth months = SalesByMonth.of(sales(), day("2023-12-31"));

        assertThat(months.isEmpty()).isTrue();
        assertThat(months.dimensionsWithValues()).isEmpty();
    }

    @Test
    void aLineBeforeTheDataIsFirstDateIsRefused() {
        SalesByMonth.Builder builder = new SalesByMonth.Builder(sales(), AS_OF);

        assertThatThrownBy(() -> builder.add(Math.toIntExact(day("2023-12-31").toEpochDay()), "c1", "p1", "O9",
                false, BigDecimal.ONE, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    /* The snapshot feeds every line and the builder drops those after the as-of date, as the line path does. */
    @Test
    void aBuilderFedEveryLineSumsAsTheLinesDo() {
        SalesByMonth.Builder builder = new SalesByMonth.Builder(sales(), AS_OF);
        for (SaleFact fact : sales().facts()) {
            builder.add(Math.toIntExact(fact.date().toEpochDay()), fact.customerKey(), fact.productKey(),
                    fact.orderNo(), fact.isReturn(), fact.amount(), fact.quantity(), fact.margin());
        }
        SalesByMonth fed = builder.build();

        int february = MonthIndex.of(YearMonth.of(2024, 2));
        assertThat(fed.net(february)).isEqualTo(new BigDecimal("20.25"));
        assertThat(fed.byProduct(february)).isEqualTo(cells("p2=-40;p1=60.25"));
    }

    /* The same lines with their decimals as unscaled values and scales, as the snapshot's columns hand them over. */
    @Test
    void unscaledValuesSumAsTheirDecimalsDo() {
        SalesByMonth.Builder builder = new SalesByMonth.Builder(sales(), AS_OF);
        for (SaleFact fact : sales().facts()) {
            builder.add(Math.toIntExact(fact.date().toEpochDay()), fact.customerKey(), fact.productKey(),
                    fact.orderNo(), fact.isReturn(), fact.amount().unscaledValue().longValueExact(),
                    fact.amount().scale(), 0, SalesByMonth.NO_VALUE, 0, SalesByMonth.NO_VALUE);
        }
        SalesByMonth fed = builder.build();

        int january = MonthIndex.of(YearMonth.of(2024, 1));
        int february = MonthIndex.of(YearMonth.of(2024, 2));
        assertThat(fed.net(january)).isEqualTo(new BigDecimal("420.5"));
        assertThat(fed.sums(february).orders()).isEqualTo(2);
        assertThat(fed.byCustomer(february)).isEqualTo(cells("c2=-40;c1=50.25;-=10"));
        assertThat(fed.sums(january).quantity.value()).isEqualTo(BigDecimal.ZERO);
    }

    private static Map<String, BigDecimal> cells(String spec) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (String cell : spec.strip().split(";")) {
            String[] parts = cell.split("=");
            cells.put(parts[0].equals("-") ? null : parts[0], new BigDecimal(parts[1]));
        }
        return cells;
    }
}
