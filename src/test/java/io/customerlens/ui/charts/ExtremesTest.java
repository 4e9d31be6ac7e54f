package io.customerlens.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtremesTest {

    @Test
    void marksTheHighestAndTheLowestPositions() {
        Extremes extremes = Extremes.of(List.of(5, 9, 2, 7));

        assertThat(extremes.peaks()).containsExactly(1);
        assertThat(extremes.troughs()).containsExactly(2);
    }

    @Test
    void tiesAreAllMarkedAndGapsIgnored() {
        Extremes extremes = Extremes.of(Arrays.asList(9, null, 1, 9, 1.0));

        assertThat(extremes.peaks()).containsExactlyInAnyOrder(0, 3);
        assertThat(extremes.troughs()).containsExactlyInAnyOrder(2, 4);
    }

    @Test
    void nothingIsMarkedWhenAllValuesAreEqualOrTooFewAreKnown() {
        assertThat(Extremes.of(List.of(3, 3, 3))).isEqualTo(Extremes.NONE);
        assertThat(Extremes.of(Arrays.asList(null, 4, null))).isEqualTo(Extremes.NONE);
    }
}
