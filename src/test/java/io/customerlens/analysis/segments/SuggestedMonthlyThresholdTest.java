package io.customerlens.analysis.segments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestedMonthlyThresholdTest {

    /* The ⌈0.8 n⌉-th smallest positive average, rounded down to two significant figures. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # average monthly nets                                   | suggested
            100 200 300 400 18298.90                                 | 400
            500 1234 3000 5000 18298.90                              | 5000
            10 20 30 40 50 60 70 80 90 100                           | 80
            -50 0 0.57                                               | 0.57
            52504.01 47643.96 40518.04 38645.17 31120.23             | 47000
            """)
    void aThresholdFromTheDatasOwnDistribution(String averages, BigDecimal suggested) {
        assertThat(MonthlyAmountRule.suggestedThreshold(amounts(averages))).isEqualByComparingTo(suggested);
    }

    @org.junit.jupiter.api.Test
    void withoutAnyBuyerTheDefaultStands() {
        assertThat(MonthlyAmountRule.suggestedThreshold(amounts("0 -20"))).isEqualTo(MonthlyAmountRule.DEFAULT_THRESHOLD);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # 12-month net | threshold | meets
            24000          | 2000      | true
            23999.99       | 2000      | false
            12             | 1         | true
            """)
    void anotherThresholdIsJudgedExactlyOnTheTwelveMonthNet(BigDecimal net, BigDecimal threshold, boolean meets) {
        MonthlyAmount amount = new MonthlyAmount(net.divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL64),
                false, net);

        assertThat(amount.meets(threshold)).isEqualTo(meets);
    }

    private static List<MonthlyAmount> amounts(String averages) {
        return Arrays.stream(averages.trim().split("\\s+")).map(BigDecimal::new)
                .map(average -> new MonthlyAmount(average, false, average.multiply(BigDecimal.valueOf(12)))).toList();
    }
}
