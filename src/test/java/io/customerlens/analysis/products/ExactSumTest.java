package io.customerlens.analysis.products;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A sum gives what BigDecimal.ZERO.add(a).add(b)… gives: the same digits and the same scale. */
class ExactSumTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "                                  | 0",
            "0.00                              | 0.00",
            "1.5;2                             | 3.5",
            "2;1.50                            | 3.50",
            "-40;50.25;10                      | 20.25",
            "1E+3;1                            | 1001",
            "1E+3                              | 1000",
            "9223372036854775807;1             | 9223372036854775808",
            "-9223372036854775807;-2;3         | -9223372036854775806",
            "12345678901234567890.5;1          | 12345678901234567891.5",
            "1.000000000000000001;1            | 2.000000000000000001",
            "1;0.0000000000000000001           | 1.0000000000000000001",
            "922337203685477580.7;0.01         | 922337203685477580.71",
    })
    void sumsAsBigDecimalAddDoes(String addends, String expected) {
        ExactSum sum = new ExactSum();
        BigDecimal added = BigDecimal.ZERO;
        for (String addend : addends == null ? new String[0] : addends.split(";")) {
            sum.add(new BigDecimal(addend));
            added = added.add(new BigDecimal(addend));
        }

        assertThat(sum.value().toString()).isEqualTo(new BigDecimal(expected).toString());
        assertThat(sum.value()).isEqualTo(added);
    }

    /* Values given as unscaled and scale, as the snapshot's columns hold them; NO_VALUE adds nothing. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "150:2;5:0                  | 6.50",
            "-3:-2;7:1                  | -299.3",
            "5:0;9:-2147483648          | 5",
            "9223372036854775807:0;1:1  | 9223372036854775807.1",
    })
    void sumsUnscaledValues(String addends, String expected) {
        ExactSum sum = new ExactSum();
        for (String addend : addends.split(";")) {
            String[] parts = addend.split(":");
            sum.add(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        }

        assertThat(sum.value()).isEqualTo(new BigDecimal(expected));
    }
}
