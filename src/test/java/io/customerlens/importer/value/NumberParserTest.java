package io.customerlens.importer.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1234.50        | 1234.50",
            "2871           | 2871",
            "¥1,234.50      | 1234.50",
            "￥1,234.50      | 1234.50",
            "1,234.50元     | 1234.50",
            "$1,234.50      | 1234.50",
            "(123.00)       | -123.00",
            "-123           | -123",
            "+45            | 45",
            "-¥1,234.50     | -1234.50",
            "¥-1,234.50     | -1234.50",
            "(¥1,234.50)    | -1234.50",
            "１２３．５       | 123.5",
            "－１，２３４     | -1234",
            "' 12,345,678.9 ' | 12345678.9",
            "RMB 88         | 88",
            "88 CNY         | 88",
            ".5             | 0.5",
            "5.             | 5",
            "1.5E3          | 1.5E+3",
            "0.1            | 0.1",
            "'\u00a0300\u3000' | 300",
    })
    void readsNumbersAsErpExportsWriteThem(String text, String expected) {
        assertThat(NumberParser.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(NumberParser.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "  ", "abc", "N/A", "1 234,50", "1.234,50", "12%", "123-", "1,23", "1234,567",
            "12,34.5", "--5", "(-5)", "5e", "1.2.3", "¥", "()", "12 34", "三百", "1e99999"})
    void rejectsTextThatIsNotClearlyANumber(String text) {
        assertThat(NumberParser.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1.234,56       | 1234.56",
            "12,5           | 12.5",
            "99,90 €        | 99.90",
            "1.000          | 1000",
            "1,234          | 1.234",
            "(1.234,00)     | -1234.00",
            "-0,5           | -0.5",
    })
    void withADecimalCommaTheCommaIsTheDecimalMark(String text, String expected) {
        assertThat(NumberParser.parse(text, true)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"1,234.56", "12.34,5", "1.23", "1 234,50"})
    void withADecimalCommaAPointDecimalIsNoNumber(String text) {
        assertThat(NumberParser.parse(text, true)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "125.43999999999998, 125.44",
            "11129.580000000002, 11129.58",
            "-60.70400000000001, -60.704",
            "4.199999999999999, 4.2",
            "129.696, 129.696",
            "2871, 2871",
            "123456789012345678, 123456789012346000",
            "0.1234567890123456789, 0.123456789012346",
    })
    void numberCellsAreReadWithExcelsFifteenDigits(String plainDecimal, String expected) {
        assertThat(NumberParser.fromNumberCell(plainDecimal)).isEqualTo(new BigDecimal(expected));
    }

    /** Plain decimals take a shortcut past {@link NumberParser#parse}; the value (and scale) must not change. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0", "-0", "-0.0", "007", "42", "-17.25", "0.000123", "2871.50", "999999999999999",
            "12.", ".5", "-", "1,234.5", " 42 ", "1E3", "+5", "(5)", "abc", ""})
    void aNumberCellWithinFifteenDigitsReadsAsParseReadsIt(String text) {
        assertThat(NumberParser.fromNumberCell(text)).isEqualTo(NumberParser.parse(text));
    }
}
