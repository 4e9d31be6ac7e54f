package io.customerlens.ui.lapse.timeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StretchedColumnsTest {

    /* Month cells fill the grid's width, between 16 and 40 pixels. */
    @ParameterizedTest(name = "{0} px for {1} months → {2} px")
    @CsvSource(textBlock = """
            900, 24, 37
            900, 7,  40
            900, 120, 16
            0,   24, 16
            500, 0,  16
            """)
    void monthCellsStretchToTheWidth(double available, int months, double width) {
        assertThat(TimelineGeometry.stretchedColumnWidth(available, months, 16, 40)).isEqualTo(width);
    }
}
