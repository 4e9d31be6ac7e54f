package io.customerlens.ui.products;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A growth typed by hand, including one copied from the page, which writes negatives with the minus sign "−"
 * (ReadingFormat): "−3.4%" is read as −0.034 like "-3.4". Expectations by hand; "bad" marks unreadable text.
 */
class ThresholdInputTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "8.5      | 0.085",
            "8.5%     | 0.085",
            "-3.4     | -0.034",
            "\u22123.4%   | -0.034",
            "\u221212.5 | -0.125",
            "3.4-     | bad",
            "lots     | bad",
    })
    void aGrowthIsReadWithEitherMinus(String typed, String expected) {
        Optional<Optional<BigDecimal>> read = new ThresholdInput(Locale.SIMPLIFIED_CHINESE).percent(typed);

        if (expected.equals("bad")) {
            assertThat(read).isEmpty();
        } else {
            assertThat(read).hasValueSatisfying(value -> assertThat(value).hasValueSatisfying(
                    growth -> assertThat(growth).isEqualByComparingTo(expected)));
        }
    }
}
