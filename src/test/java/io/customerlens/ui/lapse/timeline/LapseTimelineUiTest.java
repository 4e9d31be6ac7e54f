package io.customerlens.ui.lapse.timeline;

import io.customerlens.ui.common.Messages;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline mounted with 5,000 customers over 60 months: what is under the pointer is what gets
 * selected, hovered and opened, and the scroll range follows the model.
 */
class LapseTimelineUiTest extends ApplicationTest {

    private static final YearMonth FIRST = YearMonth.of(2020, 1);
    private static final int MONTHS = 60;

    private final FakeTimelineModel model = new FakeTimelineModel(5_000, FIRST, MONTHS, 42);
    private final List<Integer> activated = new ArrayList<>();
    private LapseTimeline timeline;

    @Override
    public void start(Stage stage) {
        timeline = new LapseTimeline(Messages.forLocale(Locale.ENGLISH));
        timeline.setModel(model);
        timeline.setOnRowActivated(activated::add);
        stage.setScene(new Scene(new BorderPane(timeline), 900, 600));
        stage.sizeToScene(); // the stage is shared: an earlier test may have sized it (EverythingFitsUiTest)
        stage.show();
    }

    @Test
    void startsScrolledToTheAsOfMonthAtTheRightEdge() {
        TimelineGeometry.Span columns = onFx(() -> timeline.geometry().visibleColumns(
                timeline.horizontalBar().getValue(), timeline.gridCanvas().getWidth()));

        assertThat(timeline.horizontalBar().getMax()).isPositive();
        assertThat(timeline.horizontalBar().getValue()).isEqualTo(timeline.horizontalBar().getMax());
        assertThat(columns.end()).isEqualTo(MONTHS);
        assertThat(columns.first()).isPositive();
    }

    @Test
    void clickSelectsTheRowUnderThePointerAfterScrolling() {
        interact(() -> timeline.verticalBar().setValue(1_000 * LapseTimeline.ROW_HEIGHT + 11));

        clickOn(cellCenter(1_004, 50));

        assertThat(timeline.selectedRowProperty().get()).isEqualTo(1_004);
    }

    @Test
    void clickOnARowNameSelectsThatRow() {
        Point2D labelPoint = onFx(() -> timeline.lookup("#lapse-timeline-labels").localToScreen(20,
                timeline.geometry().rowTop(7, timeline.verticalBar().getValue()) + 11));

        clickOn(labelPoint);

        assertThat(timeline.selectedRowProperty().get()).isEqualTo(7);
    }

    @Test
    void doubleClickActivatesTheRowUnderThePointer() {
        doubleClickOn(cellCenter(12, 55), MouseButton.PRIMARY);

        assertThat(activated).containsExactly(12);
    }

    @Test
    void arrowKeysMoveTheSelectionAndEnterActivatesIt() {
        clickOn(cellCenter(3, 55));
        type(KeyCode.DOWN, 2);
        type(KeyCode.ENTER);

        assertThat(timeline.selectedRowProperty().get()).isEqualTo(5);
        assertThat(activated).containsExactly(5);
    }

    @Test
    void movingTheSelectionBelowTheViewportScrollsItIntoView() {
        clickOn(cellCenter(0, 55));
        type(KeyCode.END);

        double bottom = onFx(() -> timeline.verticalBar().getValue() + timeline.gridCanvas().getHeight());
        assertThat(timeline.selectedRowProperty().get()).isEqualTo(4_999);
        assertThat(bottom).isEqualTo(5_000 * LapseTimeline.ROW_HEIGHT);
    }

    @Test
    void hoveringALapseCellShowsItsMonthAndGapLength() throws Exception {
        int[] lapse = visibleCellOf(TimelineCell.CellKind.LAPSE);
        int month = model.firstMonth() + lapse[1];
        int gap = model.cell(lapse[0], month).gapMonths();

        moveTo(cellCenter(lapse[0], lapse[1]));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.tooltip().isShowing());

        assertThat(timeline.tooltip().getText())
                .startsWith(model.rowLabel(lapse[0]) + "\n")
                .contains(TimelineTexts.month(month) + ": Lapse")
                .contains("Gap: " + gap + " months");
    }

    @Test
    void scrollingHidesTheTooltipOfTheCellThatMovedAway() throws Exception {
        moveTo(cellCenter(2, 50));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.tooltip().isShowing());

        interact(() -> timeline.verticalBar().setValue(LapseTimeline.ROW_HEIGHT * 3));

        assertThat(timeline.tooltip().isShowing()).isFalse();
    }

    @Test
    void wheelScrollsDownAndShiftWheelScrollsSideways() {
        double hBefore = timeline.horizontalBar().getValue();

        // Fired directly: the headless robot does not deliver wheel events.
        interact(() -> wheel(false, 0, -120));
        double vAfterWheel = timeline.verticalBar().getValue();
        interact(() -> wheel(true, 0, 40));

        assertThat(vAfterWheel).isEqualTo(120);
        assertThat(timeline.verticalBar().getValue()).isEqualTo(120);
        assertThat(timeline.horizontalBar().getValue()).isEqualTo(hBefore - 40);
    }

    @Test
    void shiftWheelReportedAsDeltaXAlsoScrollsSideways() {
        double hBefore = timeline.horizontalBar().getValue();

        interact(() -> wheel(true, 64, 0));

        assertThat(timeline.horizontalBar().getValue()).isEqualTo(hBefore - 64);
        assertThat(timeline.verticalBar().getValue()).isZero();
    }

    private void wheel(boolean shift, double deltaX, double deltaY) {
        ScrollEvent event = new ScrollEvent(ScrollEvent.SCROLL, 50, 50, 0, 0, shift, false, false, false, false,
                false, deltaX, deltaY, deltaX, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
        Event.fireEvent(timeline.gridCanvas(), event);
    }

    @Test
    void newModelResetsSelectionAndScrollRange() {
        clickOn(cellCenter(4, 55));
        double maxBefore = timeline.verticalBar().getMax();

        interact(() -> timeline.setModel(new FakeTimelineModel(40, FIRST, 120, 7)));
        WaitForAsyncUtils.waitForFxEvents();

        double viewport = timeline.gridCanvas().getHeight();
        assertThat(maxBefore).isEqualTo(5_000 * LapseTimeline.ROW_HEIGHT - viewport);
        assertThat(timeline.verticalBar().getMax()).isEqualTo(40 * LapseTimeline.ROW_HEIGHT - viewport);
        assertThat(timeline.horizontalBar().getMax())
                .isEqualTo(120 * LapseTimeline.COLUMN_WIDTH - timeline.gridCanvas().getWidth());
        assertThat(timeline.horizontalBar().getValue()).isEqualTo(timeline.horizontalBar().getMax());
        assertThat(timeline.selectedRowProperty().get()).isNull();
    }

    @Test
    void longNamesAreShortenedWithAnEllipsisToFitTheNameColumn() {
        String longName = model.rowLabel(0);
        TextFitter fitter = new TextFitter(Font.font(12));

        String fitted = onFx(() -> fitter.fit(longName, 160));
        double width = onFx(() -> fitter.width(fitted));

        assertThat(fitted).endsWith("…").hasSizeLessThan(longName.length());
        assertThat(longName).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(width).isLessThanOrEqualTo(160);
        assertThat(onFx(() -> fitter.fit("Customer 1", 160))).isEqualTo("Customer 1");
    }

    /** The screen point at the middle of a cell, for the current scroll offsets. */
    private Point2D cellCenter(int row, int column) {
        return onFx(() -> {
            TimelineGeometry geometry = timeline.geometry();
            double x = geometry.columnLeft(column, timeline.horizontalBar().getValue()) + geometry.columnWidth() / 2;
            double y = geometry.rowTop(row, timeline.verticalBar().getValue()) + geometry.rowHeight() / 2;
            assertThat(x).as("column %d on screen", column).isBetween(0.0, timeline.gridCanvas().getWidth());
            assertThat(y).as("row %d on screen", row).isBetween(0.0, timeline.gridCanvas().getHeight());
            return timeline.gridCanvas().localToScreen(x, y);
        });
    }

    /** The first (row, column) in the initial viewport whose cell is of {@code kind}. */
    private int[] visibleCellOf(TimelineCell.CellKind kind) {
        return onFx(() -> {
            TimelineGeometry geometry = timeline.geometry();
            TimelineGeometry.Span rows = geometry.visibleRows(0, timeline.gridCanvas().getHeight() - 22);
            TimelineGeometry.Span columns = geometry.visibleColumns(timeline.horizontalBar().getValue() + 16,
                    timeline.gridCanvas().getWidth() - 32);
            for (int row = rows.first(); row < rows.end(); row++) {
                for (int column = columns.first(); column < columns.end(); column++) {
                    if (model.cell(row, model.firstMonth() + column).kind() == kind) {
                        return new int[] {row, column};
                    }
                }
            }
            throw new AssertionError("no visible " + kind + " cell in the fake model");
        });
    }

    private static <T> T onFx(Callable<T> callable) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, callable);
    }
}
