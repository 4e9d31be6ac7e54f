package io.customerlens.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** Canonical text: trimmed, spaces collapsed, composed; the shortcut for text already so gives the same form. */
class CanonicalCellTest {

    @ParameterizedTest(name = "[{0}] -> [{1}] shortcut {2}")
    @CsvSource(delimiter = '|', value = {
            "华联超市           | 华联超市      | true",
            "'  华联 超市 '     | 华联 超市     | true",
            "'华联  超市'       | 华联 超市     | false",   // a run of spaces is collapsed
            "'华联\u3000超市'   | 华联 超市     | false",   // an ideographic space is a space
            "'华联\u00A0超市'   | 华联 超市     | false",   // so is a no-break space
            "'a\tb'            | a b           | false",
            "Müller GmbH       | Müller GmbH   | true",
            "'Mu\u0308ller'    | Müller        | false",   // a combining diaeresis is composed
            "（北京）ＡＢＣ１２３ | （北京）ＡＢＣ１２３ | true", // full-width forms stay as written
            "'\uFF76\uFF9E'     | '\uFF76\uFF9E' | false",  // half-width katakana: no composition in NFC
            "'\uF900'          | '\u8C48'       | false",   // a compatibility ideograph is its unified one
            "C-00123/7.5%      | C-00123/7.5%  | true",
    })
    void textIsTrimmedCollapsedAndComposed(String raw, String canonical, boolean shortcut) {
        assertThat(CanonicalCell.text(raw)).isEqualTo(canonical);
        assertThat(CanonicalCell.isAlreadyCanonical(raw.strip())).isEqualTo(shortcut);
    }

    /** The shortcut's characters: none is a combining mark, and each alone is already composed. */
    @Test
    void everyCharacterTheShortcutKeepsIsComposedAndNoMark() {
        int kept = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!CanonicalCell.isAlwaysComposed(c)) {
                continue;
            }
            kept++;
            int type = Character.getType(c);
            assertThat(type).as("U+%04X", (int) c).isNotIn((int) Character.NON_SPACING_MARK,
                    (int) Character.COMBINING_SPACING_MARK, (int) Character.ENCLOSING_MARK);
            String alone = String.valueOf(c);
            assertThat(Normalizer.isNormalized(alone, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
            assertThat(Normalizer.isNormalized("a" + alone, Normalizer.Form.NFC)).as("a U+%04X", (int) c).isTrue();
        }
        assertThat(kept).isEqualTo(0x300 + (0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1) + (0xFF5E - 0xFF01 + 1));
    }

    /** The shortcut takes a number as it is only where BigDecimal's rounding and stripping would give it back. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "100, true",
            "0.05, true",
            "-12.5, true",
            "123456789012, true",
            "-0.000123456789012, true",
            "1234567890123, false",   // 13 significant digits: rounded to 12
            "0.1234567890123, false",
            "0, false",               // zero is written N0
            "-0.0, false",
            "100.50, false",          // a trailing zero is stripped
            "007, false",             // a leading zero is dropped
            "1.5E10, false",
            "'1,234.5', false",
            "12., false",
            "-, false",
            "'', false",
    })
    void numbersAlreadyCanonical(String text, boolean canonical) {
        assertThat(CanonicalCell.isCanonicalNumber(text)).isEqualTo(canonical);
        if (canonical) {
            BigDecimal value = new BigDecimal(text);
            assertThat(value.round(new MathContext(CanonicalCell.SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros().toPlainString()).isEqualTo(text);
        }
    }
}
