package io.customerlens.importer.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextValuesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "00123        | 00123",
            "' 00123 '    | 00123",
            "11616528     | 11616528",
            "11616528.0   | 11616528",
            "12346.00     | 12346",
            "12346.5      | 12346.5",
            "CG-12520     | CG-12520",
            "C536379      | C536379",
            "1.0.0        | 1.0.0",
            ".0           | .0",
            "''           | NULL",
            "'  '         | NULL",
    })
    void identifiersStayTextButLoseAZeroFraction(String raw, String expected) {
        assertThat(IdText.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Land of Toys Inc.              | land of toys inc.",
            "'  Land   of Toys  Inc. '      | land of toys inc.",
            "LAND OF TOYS INC.              | land of toys inc.",
            "ＡＢＣ商贸（北京）             | abc商贸(北京)",
            "'华联\u3000超市'               | 华联 超市",
            "'\u00a0 '                      | NULL",
    })
    void customerNameKeysAreFoldedAndCollapsed(String raw, String expected) {
        assertThat(CustomerNames.key(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"合计", "合 计", "合  计：", "总计", "总计:", "小计", "Total", "TOTAL", "Grand Total",
            "Subtotal", "Sub-Total", "Total:", " 合计 ", "本页合计"})
    void totalsLabelsAreRecognised(String text) {
        assertThat(TotalsLabels.isTotalsLabel(text)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "合计金额", "Total Wine & More", "Totals Ltd", "Sales", "2024-03-05", "1234", "合",
            "subtotal of the month that is long"})
    void otherCellsAreNoTotalsLabels(String text) {
        assertThat(TotalsLabels.isTotalsLabel(text)).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "abc            | abc",
            "'  abc  '      | abc",
            "'\u3000abc\u00a0' | abc",
            "'\ufeffabc'    | abc",
            "'a b'          | a b",
    })
    void cellTextIsStrippedOfEveryKindOfSpace(String raw, String expected) {
        assertThat(CellText.strip(raw)).isEqualTo(expected);
    }
}
