package io.customerlens.ui;

import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import io.customerlens.ui.segments.PivotLine;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clicking a figure opens the Customers page filtered to exactly the customers it counts, named on a chip; the
 * chip's × shows every customer again. One figure of each kind: a table row, a chart bar, a headline figure, a
 * movement cell and a pivot cell.
 */
class DrillDownUiTest extends UiTestBase {

    @Test
    void anRfmRowOpensItsCustomersAndTheChipRemovesTheFilter() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-segments");
        waitUntil(() -> rowCount("#segments-rfm-table") > 0);
        TableView<SegmentSummary> rfm = lookup("#segments-rfm-table").queryTableView();
        SegmentSummary biggest = rfm.getItems().stream()
                .max(java.util.Comparator.comparingLong(SegmentSummary::customers)).orElseThrow();

        // The keyboard way (the row selected in the focused table, then Enter, RowOpening): a pointer double-click on
        // a row proved unsteady on a busy machine.
        interact(() -> {
            rfm.requestFocus();
            rfm.getSelectionModel().select(biggest);
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER);

        waitUntil(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == biggest.customers());
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText()).startsWith("Showing: RFM: ");
        assertThat(lookup("#customers-count").queryAs(Label.class).getText()).startsWith(biggest.customers() + " of ");

        clickOn("#customers-drill-remove");

        waitUntil(() -> !isShowing("#customers-drill-chip"));
        assertThat(rowCount("#customers-table")).isGreaterThan((int) biggest.customers());
        assertThat(lookup("#customers-count").queryAs(Label.class).getText()).matches("([\\d,]+) of \\1 customers");
    }

    @Test
    void aLifecycleBarOpensTheCustomersOfItsStage() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-segments");
        waitUntil(() -> rowCount("#segments-rfm-table") > 0);
        clickOn("#segments-tab-lifecycle");
        waitUntil(() -> rowCount("#segments-lifecycle-table") > 0);
        List<LifecycleCount> counts = List.copyOf(lookup("#segments-lifecycle-table").<LifecycleCount>queryTableView().getItems());
        ChartViewer chart = lookup(node -> node instanceof ChartViewer viewer && viewer.isVisible()
                && "Customers per lifecycle stage".equals(viewer.getChart().getTitle().getText()))
                .queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitForFxEvents();
        CategoryItemEntity bar = tallestBar(chart);
        long expected = counts.get(bar.getDataset().getColumnIndex(bar.getColumnKey())).customers();

        clickOn(screenPoint(chart, bar.getArea().getBounds2D()));

        waitUntil(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == expected);
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText()).startsWith("Showing: Lifecycle: ");
    }

    @Test
    void aHeadlineFigureOnHomeOpensItsCustomers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        // The window built anew (here by a change of language) reads the data imported under it.
        interact(() -> settings.set(Setting.LOCALE, LocaleChoice.ZH_CN));
        waitUntil(() -> isShowing("#home-lapsed") && !lookup("#home-lapsed").queryAs(Label.class).getText().isEmpty());
        long lapsed = Long.parseLong(lookup("#home-lapsed").queryAs(Label.class).getText().replace(",", ""));

        clickOn("#home-lapsed");

        waitUntil(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == lapsed);
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText()).startsWith("正在显示：当前未进货");
    }

    @Test
    void aMovementCellOnLapseOpensThatMonthsLostCustomers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-lapse");
        clickOn("#lapse-tab-movement");
        // The counts come first and the learned chance after them: wait for the page's final answer.
        waitUntil(() -> rowCount("#lapse-movement-table") > 0
                && !lookup("#lapse-ranking").queryAs(Label.class).getText().startsWith("The counts are ready"));
        TableView<MovementRow> movement = lookup("#lapse-movement-table").queryTableView();
        MovementRow month = movement.getItems().stream().filter(row -> row.lost() > 0).findFirst().orElseThrow();
        // The keyboard way: the cell focused, then Enter (CellOpening), as a user tabbing through the table does; a
        // pointer click on a cell that sits beside the charts proved unsteady on a busy machine.
        interact(() -> {
            movement.scrollTo(month);
            TableColumn<MovementRow, ?> lost = movement.getVisibleLeafColumns().stream()
                    .filter(column -> "lapse-movement-column-lost".equals(column.getId())).findFirst().orElseThrow();
            movement.scrollToColumn(lost);
            movement.requestFocus();
            movement.getFocusModel().focus(movement.getItems().indexOf(month), lost);
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER);

        waitUntil(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == month.lost());
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText())
                .isEqualTo("Showing: " + month.yearMonth() + " Lost");
    }

    @Test
    void aPivotTotalOpensItsCustomers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-segments");
        waitUntil(() -> rowCount("#segments-rfm-table") > 0);
        clickOn("#segments-tab-pivot");
        waitUntil(() -> rowCount("#segments-pivot-table") > 1);
        TableView<PivotLine> pivot = lookup("#segments-pivot-table").queryTableView();
        PivotLine first = pivot.getItems().getFirst();

        clickOn(cellOf(pivot, first, "segments-pivot-column-total"));
        type(KeyCode.ENTER);

        waitUntil(() -> isShowing("#customers-drill-chip")
                && rowCount("#customers-table") == first.lineTotal().customerCount());
    }

    private int rowCount(String table) {
        return lookup(table).tryQuery().map(node -> ((TableView<?>) node).getItems().size()).orElse(-1);
    }

    private static <T> Node cellOf(TableView<T> table, T item, String columnId) {
        return table.lookupAll(".table-cell").stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableRow() != null
                        && cell.getTableRow().isVisible()
                        && cell.getTableRow().getItem() == item && cell.getTableColumn() != null
                        && columnId.equals(cell.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    private static CategoryItemEntity tallestBar(ChartViewer chart) {
        CategoryItemEntity tallest = null;
        for (Object entity : chart.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity bar && (tallest == null
                    || bar.getArea().getBounds2D().getHeight() > tallest.getArea().getBounds2D().getHeight())) {
                tallest = bar;
            }
        }
        assertThat(tallest).as("a bar drawn").isNotNull();
        return tallest;
    }

    private static Point2D screenPoint(ChartViewer chart, Rectangle2D area) {
        Bounds onScreen = chart.getCanvas().localToScreen(chart.getCanvas().getBoundsInLocal());
        return new Point2D(onScreen.getMinX() + area.getCenterX(), onScreen.getMinY() + area.getCenterY());
    }
}
