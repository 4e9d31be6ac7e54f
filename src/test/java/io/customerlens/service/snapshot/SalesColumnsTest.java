package io.customerlens.service.snapshot;

import io.customerlens.analysis.products.SalesExtent;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SalesColumnsTest {

    private static SaleFact sale(String customer, String date, String amount) {
        return new SaleFact(customer, LocalDate.parse(date), new BigDecimal(amount), amount.startsWith("-"), "SO-" + date,
                BigDecimal.ONE, null, "P1");
    }

    /** Every value comes back with its unscaled value and scale: figures computed from it cannot move. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "1234.50", "-26.88", "0.000000000001", "-12.3456789",
            "9223372036854775807", "9223372036854775808", "-123456789012345678901234.5678", "1E+3"})
    void decimalsComeBackExactly(String written) {
        BigDecimal value = new BigDecimal(written);
        DecimalColumn column = new DecimalColumn(1);
        column.add(null);
        column.add(value);
        column.trim();

        assertThat(column.get(0)).isNull();
        assertThat(column.get(1)).isEqualTo(value);
        assertThat(column.get(1).scale()).isEqualTo(value.scale());
    }

    /** The columns' extent is the one a pass over the lines finds: earliest, latest, any quantity, any margin. */
    @Test
    void theExtentIsTheOneAPassOverTheLinesFinds() {
        SalesColumns columns = new SalesColumns(1);
        List<SaleFact> added = List.of(sale("C2", "2024-03-01", "10.5"), sale(null, "2024-01-01", "-4"),
                new SaleFact("C1", LocalDate.parse("2023-12-31"), new BigDecimal("7"), false, null, null,
                        new BigDecimal("1.25"), null));
        added.forEach(fact -> columns.accept(fact, null));
        columns.freeze();

        assertThat(columns.extent()).isEqualTo(new SalesExtent(Optional.of(LocalDate.parse("2023-12-31")),
                Optional.of(LocalDate.parse("2024-03-01")), true, true)).isEqualTo(SalesExtent.of(added));
        SalesColumns noMargins = new SalesColumns(1);
        noMargins.accept(new SaleFact("C1", LocalDate.parse("2024-05-02"), BigDecimal.TEN, false, null, null, null,
                null), null);
        assertThat(noMargins.freeze().extent()).isEqualTo(new SalesExtent(Optional.of(LocalDate.parse("2024-05-02")),
                Optional.of(LocalDate.parse("2024-05-02")), false, false));
        assertThat(new SalesColumns(0).freeze().extent())
                .isEqualTo(new SalesExtent(Optional.empty(), Optional.empty(), false, false));
    }

    /** Every line comes back as added, in customer order: C2 first (its code is 0), then C1, the keyless line last. */
    @Test
    void everyLineComesBackAsItWasAdded() {
        SalesColumns columns = new SalesColumns(1);
        List<SaleFact> added = List.of(sale("C2", "2024-03-01", "10.5"), sale(null, "2024-01-01", "-4"),
                new SaleFact("C1", LocalDate.parse("2023-12-31"), new BigDecimal("7"), false, null, null,
                        new BigDecimal("1.25"), null));
        added.forEach(fact -> columns.accept(fact, new BigDecimal("3.5")));
        columns.freeze();

        List<SaleFact> read = new ArrayList<>();
        for (int line = 0; line < columns.size(); line++) {
            read.add(columns.saleFact(line));
        }
        assertThat(read).containsExactly(added.get(0), added.get(2), added.get(1));
        assertThat(columns.lineFact(1)).isEqualTo(added.get(2).toLineFact());
    }

    /**
     * A customer's lines by date; lines of one day stay in stored order; lines without a customer belong to none.
     * Frozen, the lines are in customer order (C1 seen first: indexes 0-3, C2: 4, the keyless line: 5), so a
     * customer's lines are one run of indexes.
     */
    @Test
    void aCustomersLinesAreFoundByDateInStoredOrderWithinADay() {
        SalesColumns columns = new SalesColumns(2);
        columns.accept(sale("C1", "2024-03-05", "1"), null);
        columns.accept(sale("C2", "2024-01-01", "2"), null);
        columns.accept(sale("C1", "2024-01-10", "3"), null);
        columns.accept(sale(null, "2024-01-11", "4"), null);
        columns.accept(sale("C1", "2024-03-05", "5"), null);
        columns.accept(sale("C1", "2024-01-10", "6"), null);
        columns.freeze();

        assertThat(columns.linesOf("C1")).containsExactly(0, 1, 2, 3);
        assertThat(java.util.Arrays.stream(columns.linesOf("C1")).mapToObj(line -> columns.saleFact(line).amount()
                .toPlainString())).containsExactly("3", "6", "1", "5");
        assertThat(columns.linesOf("C2")).containsExactly(4);
        assertThat(columns.saleFact(4).amount()).isEqualByComparingTo("2");
        assertThat(columns.saleFact(5).customerKey()).isNull();
        assertThat(columns.saleFact(5).amount()).isEqualByComparingTo("4");
        assertThat(columns.linesOf("C9")).isEmpty();
        assertThat(columns.linesOf(null)).isEmpty();
        assertThat(columns.customerKeys()).containsExactly("C1", "C2");
    }

    /** Putting the lines in customer order moves every column with its line: a return and a value too big for a long. */
    @Test
    void aReturnAndAHugeAmountMoveWithTheirLine() {
        BigDecimal huge = new BigDecimal("-123456789012345678901234.5678");
        SaleFact hugeReturn = new SaleFact("C2", LocalDate.parse("2024-02-01"), huge, true, "R-1", BigDecimal.ONE,
                null, "P9");
        SalesColumns columns = new SalesColumns(1);
        columns.accept(sale("C1", "2024-01-01", "1"), null);
        columns.accept(hugeReturn, new BigDecimal("99999999999999999999.5"));
        columns.accept(sale("C1", "2024-03-01", "2"), null);
        columns.freeze();

        assertThat(columns.saleFact(2)).isEqualTo(hugeReturn);
        assertThat(columns.saleFact(0).isReturn()).isFalse();
        assertThat(columns.saleFact(1).isReturn()).isFalse();
        assertThat(columns.customerSalesLine(2, Map.of()).unitPrice()).isEqualTo(new BigDecimal("99999999999999999999.5"));
    }

    @Test
    void aCardLineCarriesItsProductsNameAndCategories() {
        SalesColumns columns = new SalesColumns(1);
        columns.accept(sale("C1", "2024-03-05", "12.00"), new BigDecimal("6.00"));
        columns.freeze();

        CustomerSalesLine line = columns.customerSalesLine(0,
                Map.of("P1", new ProductInfo("P1", "Green tea", "Drinks", "Tea")));

        assertThat(line).isEqualTo(new CustomerSalesLine(LocalDate.parse("2024-03-05"), "SO-2024-03-05", "P1",
                "Green tea", "Drinks", "Tea", BigDecimal.ONE, new BigDecimal("6.00"), new BigDecimal("12.00"), false,
                null));
    }
}
