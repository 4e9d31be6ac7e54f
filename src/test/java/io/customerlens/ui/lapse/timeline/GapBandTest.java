package io.customerlens.ui.lapse.timeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GapBandTest {

    @ParameterizedTest(name = "{0} months -> {1}")
    @CsvSource({
            "1,  UP_TO_3",
            "3,  UP_TO_3",
            "4,  FROM_4_TO_6",
            "6,  FROM_4_TO_6",
            "7,  FROM_7_TO_12",
            "12, FROM_7_TO_12",
            "13, OVER_12",
            "120, OVER_12",
    })
    void lapseLengthFallsInTheAppsEpisodeBucket(int gapMonths, GapBand expected) {
        assertThat(GapBand.of(gapMonths)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} months")
    @CsvSource({"OUTSIDE, 0", "BOUGHT, 0", "NO_PURCHASE, 2", "LAPSE, 5", "LAPSE, 20"})
    void everyCellKindButOutsideIsPaintedAndLapsesByTheirBand(TimelineCell.CellKind kind, int gapMonths) {
        var fill = TimelinePalette.fill(new TimelineCell(kind, BigDecimal.ZERO, gapMonths));

        switch (kind) {
            case OUTSIDE -> assertThat(fill).isNull();
            case BOUGHT -> assertThat(fill).isEqualTo(TimelinePalette.BOUGHT);
            case NO_PURCHASE -> assertThat(fill).isEqualTo(TimelinePalette.NO_PURCHASE);
            case LAPSE -> assertThat(fill).isEqualTo(GapBand.of(gapMonths).color());
        }
    }
}
