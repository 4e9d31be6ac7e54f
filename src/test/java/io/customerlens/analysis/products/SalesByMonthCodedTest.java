package io.customerlens.analysis.products;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.domain.SaleFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
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
 * Month sums fed by dictionary codes, as the snapshot's columns hand lines over (customer by customer, by date),
 * as of 29 February 2024:
 * <pre>
 *   January:  c1 100 (O1, p1, qty 2, margin 10.5) + 50 (O1, p2); c2 200 (O1, p1, qty 3) + 10 (O1, no product);
 *             no customer 5 (no number, p1) + 6 (O7, p1)
 *             net 371, orders O1 (shared by c1 and c2), no-customer's 20 Jan, O7 = 3, customers c1 c2 = 2
 *   February: c1 30 (O7 again, in another month, p1, qty 1.5, margin −2) + 20 (blank number: c1's 9 Feb, p1);
 *             c2 return −15 (R2, p2) + 0 (O8, p2: no purchase) + 40 (no number: c2's 9 Feb, p2)
 *             net 75, orders O7, c1's 9 Feb, c2's 9 Feb = 3, customers c1 c2 = 2
 *   March:    c1 999 — after the as-of date, not summed
 * </pre>
 * O1 and O7 come back after other orders, customers and months: a "last seen" shortcut would count them twice.
 */
class SalesByMonthCodedTest {

    private static final LocalDate AS_OF = day("2024-02-29");

    private static final List<SaleFact> LINES = List.of(
            line("c1", "2024-01-05", "100", "O1", "2", "10.5", "p1"),
            line("c1", "2024-01-05", "50", "O1", null, null, "p2"),
            line("c1", "2024-02-03", "30", "O7", "1.5", "-2", "p1"),
            line("c1", "2024-02-09", "20", "  ", null, null, "p1"),
            line("c1", "2024-03-01", "999", "O9", null, null, "p1"),
            line("c2", "2024-01-07", "200", "O1", "3", null, "p1"),
            line("c2", "2024-01-07", "10", "O1", null, null, null),
            line("c2", "2024-02-03", "-15", "R2", null, null, "p2"),
            line("c2", "2024-02-04", "0", "O8", null, null, "p2"),
            line("c2", "2024-02-09", "40", null, null, null, "p2"),
            line(null, "2024-01-20", "5", null, null, null, "p1"),
            line(null, "2024-01-21", "6", "O7", null, null, "p1"));

    private static SalesFacts sales() {
        return new SalesFacts(LINES, products("p1:S1:A", "p2::"), customers("c1:east:online", "c2:::"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-01 | 371 | 3 | 2 | 5   | 10.5 | 100 | c1=150;c2=210;-=11 | p1=311;p2=50;-=10",
            "2024-02 | 75  | 3 | 2 | 1.5 | -2   | 30  | c1=50;c2=25        | p1=50;p2=25",
    })
    void codedLinesSumAsTheirTextsDo(String month, String net, long orders, long customers, String quantity,
                                     String margin, String marginedNet, String byCustomer, String byProduct) {
        int index = MonthIndex.of(YearMonth.parse(month));
        for (SalesByMonth months : List.of(coded(false), coded(true), SalesByMonth.of(sales(), AS_OF))) {
            assertThat(months.net(index)).isEqualByComparingTo(net);
            assertThat(months.sums(index).orders()).isEqualTo(orders);
            assertThat(months.sums(index).customers()).isEqualTo(customers);
            assertThat(months.sums(index).quantity.value()).isEqualByComparingTo(quantity);
            assertThat(months.sums(index).margin.value()).isEqualByComparingTo(margin);
            assertThat(months.sums(index).marginedNet.value()).isEqualByComparingTo(marginedNet);
            assertThat(comparable(months.byCustomer(index))).isEqualTo(cells(byCustomer));
            assertThat(comparable(months.byProduct(index))).isEqualTo(cells(byProduct));
        }
    }

    /* Codes give the very values (and scales) the texts give, so a figure made from them prints the same. */
    @Test
    void codedSumsKeepTheScalesOfTheTextPath() {
        SalesByMonth byText = SalesByMonth.of(sales(), AS_OF);
        for (SalesByMonth byCode : List.of(coded(false), coded(true))) {
            for (int month = byText.firstMonth(); month <= byText.lastMonth(); month++) {
                assertThat(byCode.net(month)).isEqualTo(byText.net(month));
                assertThat(byCode.byCustomer(month)).isEqualTo(byText.byCustomer(month));
                assertThat(byCode.byProduct(month)).isEqualTo(byText.byProduct(month));
            }
            assertThat(byCode.dimensionsWithValues()).isEqualTo(byText.dimensionsWithValues());
        }
    }

    @Test
    void aBuilderTakesLinesOneWayOnly() {
        SalesByMonth.Builder uncoded = new SalesByMonth.Builder(sales(), AS_OF);
        assertThatThrownBy(() -> uncoded.addCoded(epochDay("2024-01-05"), 0, 0, 0, false, BigDecimal.ONE, null, null))
                .isInstanceOf(IllegalStateException.class);

        SalesByMonth.Builder coded = new SalesByMonth.Builder(sales(), AS_OF).useCodes(List.of("c1"), List.of("p1"),
                List.of("O1"));
        assertThatThrownBy(() -> coded.add(epochDay("2024-01-05"), "c1", "p1", "O1", false, BigDecimal.ONE, null,
                null)).isInstanceOf(IllegalStateException.class);
    }

    /* Data from 15 December 2023, as of 29 February 2024: a line of each day goes to its own month, later ones to none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-12-15 | 2023-12",
            "2023-12-31 | 2023-12",
            "2024-01-01 | 2024-01",
            "2024-01-31 | 2024-01",
            "2024-02-01 | 2024-02",
            "2024-02-29 | 2024-02",
            "2024-03-01 | none",
    })
    void aLineFallsInTheMonthOfItsDay(String date, String month) {
        SalesFacts sales = new SalesFacts(List.of(line("c1", "2023-12-15", "1", "O0", null, null, "p1"),
                line("c1", date, "100", "O1", null, null, "p1")), products("p1::"), customers("c1:::"));
        SalesByMonth.Builder builder = new SalesByMonth.Builder(sales, AS_OF).useCodes(List.of("c1"), List.of("p1"),
                List.of("O0", "O1"));
        builder.addCoded(epochDay("2023-12-15"), 0, 0, 0, false, BigDecimal.ONE, null, null);
        builder.addCoded(epochDay(date), 0, 0, 1, false, new BigDecimal("100"), null, null);
        SalesByMonth months = builder.build();

        BigDecimal total = BigDecimal.ZERO;
        for (int index = months.firstMonth(); index <= months.lastMonth(); index++) {
            total = total.add(months.net(index));
        }
        assertThat(months.firstMonth()).isEqualTo(MonthIndex.of(YearMonth.of(2023, 12)));
        assertThat(months.lastMonth()).isEqualTo(MonthIndex.of(YearMonth.of(2024, 2)));
        if (month.equals("none")) {
            assertThat(total).isEqualByComparingTo("1");
        } else {
            int index = MonthIndex.of(YearMonth.parse(month));
            assertThat(months.net(index)).isEqualByComparingTo(index == months.firstMonth() ? "101" : "100");
            assertThat(total).isEqualByComparingTo("101");
        }
    }

    /** The lines fed by codes of dictionaries made in line order; decimals as BigDecimals or as unscaled longs. */
    private static SalesByMonth coded(boolean unscaled) {
        Dictionary customerCodes = new Dictionary();
        Dictionary productCodes = new Dictionary();
        Dictionary orderCodes = new Dictionary();
        LINES.forEach(fact -> {
            customerCodes.code(fact.customerKey());
            productCodes.code(fact.productKey());
            orderCodes.code(fact.orderNo());
        });
        SalesByMonth.Builder builder = new SalesByMonth.Builder(sales(), AS_OF);
        if (unscaled) {
            // As the snapshot does: the column knows which order numbers are not blank.
            BitSet numbered = new BitSet();
            for (int code = 0; code < orderCodes.texts.size(); code++) {
                numbered.set(code, !orderCodes.texts.get(code).isBlank());
            }
            builder.useCodes(customerCodes.texts, productCodes.texts, numbered);
        } else {
            builder.useCodes(customerCodes.texts, productCodes.texts, orderCodes.texts);
        }
        for (SaleFact fact : LINES) {
            int customer = customerCodes.code(fact.customerKey());
            int product = productCodes.code(fact.productKey());
            int order = orderCodes.code(fact.orderNo());
            int day = Math.toIntExact(fact.date().toEpochDay());
            if (unscaled) {
                builder.addCoded(day, customer, product, order, fact.isReturn(), unscaledOf(fact.amount()),
                        fact.amount().scale(), unscaledOf(fact.quantity()), scaleOf(fact.quantity()),
                        unscaledOf(fact.margin()), scaleOf(fact.margin()));
            } else {
                builder.addCoded(day, customer, product, order, fact.isReturn(), fact.amount(), fact.quantity(),
                        fact.margin());
            }
        }
        return builder.build();
    }

    private static long unscaledOf(BigDecimal value) {
        return value == null ? 0 : value.unscaledValue().longValueExact();
    }

    private static int scaleOf(BigDecimal value) {
        return value == null ? SalesByMonth.NO_VALUE : value.scale();
    }

    private static int epochDay(String date) {
        return Math.toIntExact(day(date).toEpochDay());
    }

    /** Texts to dense codes in first-seen order, null to {@link SalesByMonth#NO_CODE}, like a column's dictionary. */
    private static final class Dictionary {
        final List<String> texts = new ArrayList<>();
        final Map<String, Integer> codes = new HashMap<>();

        int code(String text) {
            if (text == null) {
                return SalesByMonth.NO_CODE;
            }
            return codes.computeIfAbsent(text, added -> {
                texts.add(added);
                return texts.size() - 1;
            });
        }
    }

    /** Amounts without trailing zeros, so "10.5" and "10.50" compare equal in the tables above. */
    private static Map<String, BigDecimal> comparable(Map<String, BigDecimal> cells) {
        Map<String, BigDecimal> stripped = new HashMap<>();
        cells.forEach((key, value) -> stripped.put(key, value.stripTrailingZeros()));
        return stripped;
    }

    private static Map<String, BigDecimal> cells(String spec) {
        Map<String, BigDecimal> cells = new HashMap<>();
        for (String cell : spec.strip().split(";")) {
            String[] parts = cell.split("=");
            cells.put(parts[0].equals("-") ? null : parts[0], new BigDecimal(parts[1]).stripTrailingZeros());
        }
        return cells;
    }
}
