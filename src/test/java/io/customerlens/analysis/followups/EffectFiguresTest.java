package io.customerlens.analysis.followups;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class EffectFiguresTest {

    /* The rate waits for pending calls: won back / (contacts − pending). */
    @ParameterizedTest(name = "{0} calls, {1} won back, {2} pending → {3} decided, rate {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # calls | won back | pending | decided | rate
            12      | 2        | 9       | 3       | 0.6666666666666666
            12      | 0        | 12      | 0       | NaN
            4       | 2        | 0       | 4       | 0.5
            0       | 0        | 0       | 0       | NaN
            5       | 5        | 0       | 5       | 1
            """)
    void theRateIsOverDecidedCallsAndWaitsForPendingOnes(long calls, long wonBack, long pending, long decided,
                                                          double rate) {
        EffectFigures figures = new EffectFigures(calls, wonBack, pending, BigDecimal.ZERO, null);

        assertThat(figures.decided()).isEqualTo(decided);
        assertThat(Double.valueOf(figures.rate())).isEqualTo(Double.valueOf(rate));
    }
}
