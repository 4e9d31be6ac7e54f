package io.customerlens.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MediansTest {

    @ParameterizedTest(name = "median of [{0}] = {1}")
    @CsvSource(delimiter = ';', value = {
            "7; 7",
            "3 1 2; 2",
            "4 1 3 2; 2.5",
            "10 10 30 40; 20",
            "5 -1; 2",
            "0.5 0.25 1; 0.5"})
    void middleOrMeanOfTheTwoMiddles(String values, double expected) {
        List<Double> numbers = Arrays.stream(values.split(" ")).map(Double::valueOf).toList();
        assertThat(Medians.of(numbers)).isEqualTo(expected);
    }

    @Test
    void wholeNumbersOfAnyKind() {
        assertThat(Medians.of(List.of(3L, 9L))).isEqualTo(6.0);
        assertThat(Medians.of(List.of(4, 1, 7))).isEqualTo(4.0);
    }

    @Test
    void noneHasNoMedian() {
        assertThat(Medians.of(List.of())).isNull();
        assertThat(Medians.of(new double[0])).isNull();
    }

    @Test
    void anArrayKeepsItsOrder() {
        double[] days = {30, 10, 20, 40};
        assertThat(Medians.of(days)).isEqualTo(25.0);
        assertThat(days).containsExactly(30, 10, 20, 40);
    }
}
