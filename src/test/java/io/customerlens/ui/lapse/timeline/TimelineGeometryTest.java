package io.customerlens.ui.lapse.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineGeometryTest {

    /** 5,000 rows of 22 px, 60 months of 16 px. */
    private final TimelineGeometry geometry = new TimelineGeometry(5_000, 60, 22, 16);

    @ParameterizedTest(name = "y {0} scrolled {1} -> row {2}")
    @CsvSource({
            "0,      0,      0",
            "21.9,   0,      0",
            "22,     0,      1",
            "10,     220,    10",
            "5,      109978, 4999",
            "30,     109978, -1",
            "-1,     0,      -1",
            "0,      -50,    -1",
    })
    void rowAtMapsViewportYToRow(double y, double scrollY, int expected) {
        assertThat(geometry.rowAt(y, scrollY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "x {0} scrolled {1} -> column {2}")
    @CsvSource({
            "0,     0,   0",
            "15.9,  0,   0",
            "16,    0,   1",
            "8,     100, 6",
            "959.9, 0,   59",
            "960,   0,   -1",
            "100,   900, -1",
    })
    void columnAtMapsViewportXToColumn(double x, double scrollX, int expected) {
        assertThat(geometry.columnAt(x, scrollX)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "scroll {0}, height {1} -> rows [{2}, {3})")
    @CsvSource({
            "0,      220,  0,    10",
            "0,      221,  0,    11",
            "11,     220,  0,    11",
            "22,     220,  1,    11",
            "109560, 440,  4980, 5000",
            "109560, 9999, 4980, 5000",
            "0,      0,    0,    0",
    })
    void visibleRowsCoverEveryPartlyShownRow(double scrollY, double height, int first, int end) {
        assertThat(geometry.visibleRows(scrollY, height)).isEqualTo(new TimelineGeometry.Span(first, end));
    }

    @ParameterizedTest(name = "scroll {0}, width {1} -> columns [{2}, {3})")
    @CsvSource({
            "0,   160, 0,  10",
            "8,   160, 0,  11",
            "400, 560, 25, 60",
            "0,   2000, 0, 60",
    })
    void visibleColumnsCoverEveryPartlyShownColumn(double scrollX, double width, int first, int end) {
        assertThat(geometry.visibleColumns(scrollX, width)).isEqualTo(new TimelineGeometry.Span(first, end));
    }

    @ParameterizedTest(name = "column {0} at the right of {1} px -> scroll {2}")
    @CsvSource({
            "59, 400,  560",
            "59, 2000, 0",
            "10, 400,  0",
            "40, 400,  256",
    })
    void asOfColumnCanBePlacedAtTheRightEdge(int column, double width, double expected) {
        assertThat(geometry.scrollXShowingAtRight(column, width)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "row {0} from scroll {1} in {2} px -> scroll {3}")
    @CsvSource({
            "5,    0,    220, 0",
            "10,   0,    220, 22",
            "3,    220,  220, 66",
            "4999, 0,    220, 109780",
    })
    void revealingARowScrollsAsLittleAsPossible(int row, double scrollY, double height, double expected) {
        assertThat(geometry.scrollYRevealing(row, scrollY, height)).isEqualTo(expected);
    }

    @Test
    void scrollRangeIsContentMinusViewportAndNeverNegative() {
        assertThat(geometry.maxScrollY(600)).isEqualTo(5_000 * 22 - 600);
        assertThat(geometry.maxScrollX(600)).isEqualTo(360);
        assertThat(new TimelineGeometry(3, 60, 22, 16).maxScrollY(600)).isZero();
    }

    @Test
    void emptyModelHasNothingVisibleAndNothingUnderThePointer() {
        TimelineGeometry empty = new TimelineGeometry(0, 0, 22, 16);

        assertThat(empty.visibleRows(0, 500).isEmpty()).isTrue();
        assertThat(empty.rowAt(5, 0)).isEqualTo(-1);
        assertThat(empty.columnAt(5, 0)).isEqualTo(-1);
    }

    @Test
    void rejectsNonPositiveCellSizes() {
        assertThatThrownBy(() -> new TimelineGeometry(1, 1, 0, 16)).isInstanceOf(IllegalArgumentException.class);
    }
}
