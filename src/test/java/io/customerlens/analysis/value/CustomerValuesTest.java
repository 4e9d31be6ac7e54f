package io.customerlens.analysis.value;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** CustomerValues: both models fitted on CDNOW and combined into 12-month values. */
class CustomerValuesTest {

    private static CustomerValues estimates;

    @BeforeAll
    static void estimateCdnow() {
        estimates = CustomerValues.estimate(CdnowFixture.customers());
    }

    /*
     * With the CDNOW fits (r 0.24259, α 4.41353 weeks, a 0.79289, b 2.42575; p 6.24880, q 3.74459, v 15.44774),
     * horizon 365.25 days = 52.18 weeks, checked against scipy (hyp2f1) on the same parameters:
     *   customer 1 (x 2, tx 30.43, T 38.86 weeks, m̄ 22.35): P(alive) 0.72661, E[purchases] 1.56296,
     *       spend 24.65862, value 38.5405, active value (r+x)/(α+T)·52.18·spend = 66.6790
     *   customer 3 (x 0, T 38.86): P(alive) 1, E[purchases] 0.25243, spend = population mean 35.17100,
     *       value 8.87805, active value 10.28804
     *   customer 6 (x 7, tx 29.43, T 38.86, m̄ 73.74): P(alive) 0.64180, E[purchases] 4.21037,
     *       spend 71.46285, value 300.885, active value 624.086
     */
    @ParameterizedTest(name = "customer {0}")
    @CsvSource({
            "1, 0.72661, 1.56296, 24.65862, 38.5405, 66.6790",
            "3, 1,       0.25243, 35.17100, 8.87805, 10.28804",
            "6, 0.64180, 4.21037, 71.46285, 300.885, 624.086",
    })
    void combinesExpectedPurchasesAndSpend(String key, double alive, double purchases, double spend, double value,
                                           double activeValue) {
        CustomerValue customer = estimates.values().stream().filter(v -> v.customerKey().equals(key)).findFirst()
                .orElseThrow();

        assertThat(customer.probabilityAlive()).isCloseTo(alive, within(2e-4));
        assertThat(customer.expectedPurchases12m()).isCloseTo(purchases, within(2e-3));
        assertThat(customer.expectedSpend()).isCloseTo(spend, within(2e-2));
        assertThat(customer.value12m()).isCloseTo(value, within(value * 2e-3));
        assertThat(customer.activeValue12m()).isCloseTo(activeValue, within(activeValue * 2e-3));
        assertThat(customer.value12m())
                .isCloseTo(customer.expectedPurchases12m() * customer.expectedSpend(), within(1e-9));
    }

    @Test
    void oneValuePerCustomerInTheGivenOrder() {
        assertThat(estimates.values()).hasSize(2357);
        assertThat(estimates.values().getFirst().customerKey()).isEqualTo("1");
        assertThat(estimates.values().getLast().customerKey()).isEqualTo("2357");
        assertThat(estimates.reliable()).isTrue();
    }

    @Test
    void valueAtRiskIsTheLapseProbabilityTimesTheActiveValue() {
        CustomerValue customer = new CustomerValue("C", 0.7, 1.5, 20, 30, 80);

        assertThat(customer.valueAtRisk(0.25)).isEqualTo(20);
        assertThatThrownBy(() -> customer.valueAtRisk(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTinyCustomerBaseGivesRoughFiguresFlaggedUnreliable() {
        List<RepeatSummary> three = List.of(
                RepeatSummary.of("A", new int[]{100}, new double[]{50}, 400),
                RepeatSummary.of("B", new int[]{100, 200, 300}, new double[]{50, 40, 60}, 400),
                RepeatSummary.of("C", new int[]{350}, new double[]{70}, 400));

        CustomerValues rough = CustomerValues.estimate(three);

        assertThat(rough.reliable()).isFalse();
        assertThat(rough.values()).hasSize(3).allSatisfy(v -> {
            assertThat(v.value12m()).isFinite().isNotNegative();
            assertThat(v.activeValue12m()).isFinite().isNotNegative();
        });
        // B bought again at 40 and 60: without a reliable spend model B's own mean is used
        assertThat(rough.values().get(1).expectedSpend()).isEqualTo(50);
    }

    @Test
    void noCustomersGiveNoValues() {
        assertThat(CustomerValues.estimate(List.of()).values()).isEmpty();
    }
}
