package io.customerlens.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files are for machines: a negative figure in a CSV keeps the ASCII hyphen-minus that spreadsheets and scripts read,
 * while the screen and paper show "−" (ReadingFormat). Expectations written by hand.
 */
class CsvNumbersTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "money;        -26.88;       -26.88",
            "money;        -1234.5;      -1234.50",
            "sum;          -60.0599999999999; -60.06",
            "averageMoney; -12.345;      -12.35",
            "ratio;        -0.175;       -0.175",
            "ratio;        -0.0340000001; -0.034",
            "plain;        -3.500;       -3.5",
    })
    void aNegativeFigureKeepsTheAsciiHyphen(String kind, String value, String expected) {
        BigDecimal number = new BigDecimal(value);

        String written = switch (kind) {
            case "money" -> CsvNumbers.money(number);
            case "sum" -> CsvNumbers.sum(number);
            case "averageMoney" -> CsvNumbers.averageMoney(number);
            case "ratio" -> CsvNumbers.ratio(number);
            case "plain" -> CsvNumbers.plain(number);
            default -> throw new IllegalArgumentException(kind);
        };

        assertThat(written).isEqualTo(expected).doesNotContain("\u2212");
    }
}
