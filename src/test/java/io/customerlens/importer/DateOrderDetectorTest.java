package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateOrderDetectorTest {

    @ParameterizedTest(name = "{0} -> {1} decided={2}")
    @CsvSource(delimiter = '|', value = {
            "03/01/19;25/01/19;04/02/19          | DMY | true",
            "2/24/2003 0:00;05/07/2003 00:00     | MDY | true",
            "03/01/19;04/02/19                   | MDY | false",
            "2024-03-05;2024/3/5                 | MDY | true",
            "d:45356;n:45357                     | MDY | true",
            "13/01/19;14/01/19;01/13/19          | DMY | true",
            "01/13/19;01/14/19;13/01/19          | MDY | true",
            "''                                  | MDY | true",
            "01.03.2024;02.03.2024               | DMY | true",
            "01.03.2024;03.13.2024;04.14.2024    | MDY | true",
    })
    void decidesTheOrderFromTheColumnsValues(String values, DateOrder expected, boolean decided) {
        List<Cell> cells = Arrays.stream(values.split(";")).map(TestRows::cell).toList();
        DateOrderDetector.Decision decision = new DateOrderDetector().decide(cells);
        assertThat(decision.order()).isEqualTo(expected);
        assertThat(decision.decidedByValues()).isEqualTo(decided);
    }
}
