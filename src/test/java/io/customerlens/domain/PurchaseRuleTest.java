package io.customerlens.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of stored line applies the one purchase rule: not a return, and a positive amount. */
class PurchaseRuleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @ParameterizedTest(name = "amount {0}, return {1} → purchase {2}")
    @CsvSource({
            "120.50, false, true",
            "0.01,   false, true",
            "0,      false, false",
            "-30,    false, false",
            "120.50, true,  false",
            "-30,    true,  false"})
    void aPurchaseIsAPositiveLineThatIsNoReturn(BigDecimal amount, boolean isReturn, boolean purchase) {
        LineFact fact = new LineFact("C1", DAY, amount, isReturn, "O1");
        SaleFact sale = new SaleFact("C1", DAY, amount, isReturn, "O1", BigDecimal.ONE, null, "P1");
        CustomerSalesLine line = new CustomerSalesLine(DAY, "O1", "P1", "Tea", "Drinks", null, BigDecimal.ONE,
                amount, amount, isReturn, null);

        assertThat(fact.isPurchase()).isEqualTo(purchase);
        assertThat(sale.isPurchase()).isEqualTo(purchase);
        assertThat(line.isPurchase()).isEqualTo(purchase);
    }
}
