package io.customerlens.importer.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalCommaDetectorTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Datum;Betrag\\n01.03.2024;1.234,56\\n02.03.2024;99,90 | ; | true",
            "Datum\\tBetrag\\n01.03.2024\\t12,5                   | TAB | true",
            "Datum;Betrag\\n01.03.2024;1.234,56\\n02.03.2024;99.90 | ; | false",
            "Datum;Menge\\n01.03.2024;1.000\\n02.03.2024;2        | ; | false",
            "date,amount\\n2024-03-01,\"12,50\"                  | , | false",
            "date;amount\\n2024-03-01;12.50                      | ; | false",
    })
    void aDecimalCommaIsSeenOnlyWhereNoNumberSaysOtherwise(String sample, String delimiter, boolean expected) {
        String text = sample.replace("\\n", "\n").replace("\\t", "\t");
        char separator = delimiter.equals("TAB") ? '\t' : delimiter.charAt(0);
        assertThat(new DecimalCommaDetector().detect(text, separator)).isEqualTo(expected);
    }
}
