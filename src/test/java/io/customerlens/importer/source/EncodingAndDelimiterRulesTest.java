package io.customerlens.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The small decision rules behind charset and delimiter detection, on strings rather than files. */
class EncodingAndDelimiterRulesTest {

    @Test
    void chineseTextInGbkLooksChinese() {
        assertThat(TextEncodingDetector.looksLikeChineseText("客户名称,华联超市,北京".getBytes(FormatFixtures.GB18030))).isTrue();
    }

    @Test
    void germanTextThatHappensToDecodeAsGbkDoesNotLookChinese() {
        byte[] german = "Königsberg Müller Göttingen".getBytes(Charset.forName("windows-1252"));
        assertThat(new String(german, FormatFixtures.GB18030)).doesNotContain("\uFFFD");
        assertThat(TextEncodingDetector.looksLikeChineseText(german)).isFalse();
    }

    @Test
    void utf8TextWithOneStrayByteIsStillUtf8() {
        byte[] utf8 = "客户名称,华联超市,北京朝阳区第一分店,万家便利".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] withStray = Arrays.copyOf(utf8, utf8.length + 1);
        withStray[utf8.length] = (byte) 0xE9; // a Latin-1 'é' pasted at the end
        assertThat(TextEncodingDetector.isMostlyUtf8(withStray)).isTrue();
    }

    @Test
    void gbkTextIsNotMostlyUtf8() {
        assertThat(TextEncodingDetector.isMostlyUtf8("客户名称,华联超市,北京朝阳区第一分店".repeat(5).getBytes(FormatFixtures.GB18030)))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "Café Régal Königsberg, windows-1252",
            "Martín Cataluña Berguvsvägen, IBM850",
            "Łódź Kraków Gdańsk, windows-1250",
    })
    void westernCodePageIsTheOneThatMakesLettersOfAccentedBytes(String text, String charset) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        assertThat(new LatinCodePageChooser().choose(bytes)).isEqualTo(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "=>", value = {
            "a,b,c\\n1,2,3\\n                           => 44",
            "a;b;c\\n1;\"2,5\";3\\n4;5,5;6\\n          => 59",
            "a\\tb\\tc\\n1\\t2,5\\t3\\n                 => 9",
            "a|b|c\\n1|2|3\\n                           => 124",
            "Report, March\\na;b;c\\n1;2;3\\n4;5;6\\n   => 59",
            "\"x,y\";b\\n\"1,2\";3\\n                   => 59",
            "single column\\nvalue\\n                  => 44",
    })
    void delimiterAgreedByMostLinesWins(String sample, int delimiter) {
        String text = sample.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(new DelimiterDetector().detect(text)).isEqualTo((char) delimiter);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "11616528.0,          11616528",
            "1234.5,              1234.5",
            "0.1,                 0.1",
            "-60.70400000000001,  -60.704",
            "129.22999999999999,  129.23",
            "1.0E20,              100000000000000000000",
            "1.5E-7,              0.00000015",
            "-0.0,                0",
    })
    void doubleBecomesPlainDecimalText(double value, String text) {
        assertThat(PlainDecimal.ofDouble(value)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "11616528,            11616528",
            "1.1616528E7,         11616528",
            "0.10000000000000001, 0.1",
            "2.50,                2.5",
            "-100,                -100",
            "40515.69097222222,   40515.6909722222",
            "0.55000000000000004, 0.55",
            "-60.704000000000008, -60.704",
            "1E-3,                0.001",
            "3.0,                 3",
    })
    void excelNumberTextBecomesPlainDecimalText(String raw, String text) {
        assertThat(PlainDecimal.ofExcelRaw(raw)).isEqualTo(text);
    }
}
