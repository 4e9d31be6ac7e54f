package io.customerlens.ui;

import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.service.products.ProductData;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-downs {@link DrillDownUiTest} leaves out: a unit's buyers on Products and the "active customers" tile on
 * Home open the Customers page filtered to exactly the customers they count, named on the chip.
 */
class MoreDrillDownsUiTest extends UiTestBase {

    @Test
    void aPickedUnitsBuyersOpenAsTheCustomerList() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-products");
        waitLong(() -> isShowing("#products-view") && rowCount("#products-units-table") > 0);
        TableView<BcgRow> units = lookup("#products-units-table").queryTableView();
        BcgRow first = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> units.getItems().getFirst());
        // Picked the keyboard way (focus, select), as a user arrowing through the table does.
        interact(() -> {
            units.requestFocus();
            units.getSelectionModel().select(first);
        });
        waitLong(() -> !lookup("#products-unit-buyers").queryButton().isDisabled()
                && rowCount("#products-customers-table") > 0);
        @SuppressWarnings("unchecked")
        ComparisonPeriod period = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> ((ComboBox<ComparisonPeriod>) lookup("#products-period").query()).getValue());
        @SuppressWarnings("unchecked")
        BcgUnit unit = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> ((ComboBox<BcgUnit>) lookup("#products-unit").query()).getValue());
        ProductData data = context.productService().load(Optional.empty());
        Set<String> buyers = context.productService().buyers(data, unit, first.key(), period);
        assertThat(buyers).as("the demo's first unit has buyers").isNotEmpty();

        clickOn("#products-unit-buyers");

        waitLong(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == buyers.size());
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText())
                .startsWith("Showing: Bought " + first.label() + " (");
        assertThat(lookup("#customers-count").queryAs(Label.class).getText()).startsWith(buyers.size() + " of ");
    }

    @Test
    void theActiveCustomersTileOnHomeOpensThoseCustomers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        // The window built anew (here by a change of language) reads the data imported under it.
        interact(() -> settings.set(io.customerlens.settings.Setting.LOCALE, io.customerlens.settings.LocaleChoice.ZH_CN));
        waitLong(() -> isShowing("#sales-kpi-active_customers")
                && !lookup("#sales-kpi-active_customers").queryAs(Label.class).getText().isBlank());
        long active = Long.parseLong(lookup("#sales-kpi-active_customers").queryAs(Label.class).getText()
                .replace(",", "").strip());
        assertThat(active).isPositive();

        // The tile sits below the headline on a page that scrolls: a click event on it, as the mouse would send.
        javafx.scene.Node tile = lookup("#sales-kpi-active_customers").query().getParent();
        interact(() -> tile.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                true, false, false, null)));

        waitLong(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == active);
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText()).startsWith("正在显示：").endsWith("活跃客户");
    }

    @Test
    void aStopReasonOnFollowUpsOpensTheCustomersWhoGaveIt() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        var followUps = context.followUpService();
        java.util.List<io.customerlens.domain.FollowUpTask> tasks =
                followUps.generate(io.customerlens.analysis.followups.GenerationOptions.defaults());
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(2);
        for (io.customerlens.domain.FollowUpTask task : tasks.subList(0, 2)) {
            followUps.complete(task.id(), new io.customerlens.domain.FollowUpOutcome(true,
                    io.customerlens.domain.OutcomeReason.PRICE, null, followUps.today(), null), Optional.empty());
        }
        Set<String> saidPrice = Set.of(tasks.get(0).customerKey(), tasks.get(1).customerKey());
        openPage("#nav-follow-ups");
        clickOn("#followups-tab-effect");
        TableView<io.customerlens.analysis.followups.ReasonStat> reasons = lookup("#followups-reasons-table").queryTableView();
        waitLong(() -> reasons.getItems().stream().anyMatch(stat ->
                stat.reason() == io.customerlens.domain.OutcomeReason.PRICE && stat.customers() == saidPrice.size()));
        // The keyboard way: the row selected in the focused table, then Enter (RowOpening).
        interact(() -> {
            reasons.requestFocus();
            reasons.getSelectionModel().select(reasons.getItems().stream()
                    .filter(stat -> stat.reason() == io.customerlens.domain.OutcomeReason.PRICE).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(javafx.scene.input.KeyCode.ENTER);

        waitLong(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == saidPrice.size());
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText())
                .isEqualTo("Showing: Stopped because: Price");
        @SuppressWarnings("unchecked")
        TableView<io.customerlens.service.CustomerRow> list = lookup("#customers-table").queryTableView();
        assertThat(list.getItems()).extracting(io.customerlens.service.CustomerRow::key)
                .containsExactlyInAnyOrderElementsOf(saidPrice);
    }

    @Test
    void aBarOfTheFlowsChartOnLapseOpensThatMonthsCustomers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-lapse");
        clickOn("#lapse-tab-movement");
        // The counts come first and the learned chance after them: wait for the page's final answer.
        waitLong(() -> rowCount("#lapse-movement-table") > 0
                && !lookup("#lapse-ranking").queryAs(Label.class).getText().startsWith("The counts are ready"));
        org.jfree.chart.fx.ChartViewer chart = lookup(node -> node instanceof org.jfree.chart.fx.ChartViewer viewer
                && viewer.isVisible()
                && "New, won back and lost customers per month".equals(viewer.getChart().getTitle().getText()))
                .queryAs(org.jfree.chart.fx.ChartViewer.class);
        WaitForAsyncUtils.waitForFxEvents();
        org.jfree.chart.entity.XYItemEntity tallest = null;
        for (Object entity : chart.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (entity instanceof org.jfree.chart.entity.XYItemEntity bar && (tallest == null
                    || bar.getArea().getBounds2D().getHeight() > tallest.getArea().getBounds2D().getHeight())) {
                tallest = bar;
            }
        }
        assertThat(tallest).as("a bar drawn").isNotNull();
        long expected = Math.round(tallest.getDataset().getYValue(tallest.getSeriesIndex(), tallest.getItem()));
        String series = String.valueOf(tallest.getDataset().getSeriesKey(tallest.getSeriesIndex()));
        java.awt.geom.Rectangle2D area = tallest.getArea().getBounds2D();
        javafx.geometry.Bounds onScreen = chart.getCanvas().localToScreen(chart.getCanvas().getBoundsInLocal());

        clickOn(new javafx.geometry.Point2D(onScreen.getMinX() + area.getCenterX(), onScreen.getMinY() + area.getCenterY()));

        waitLong(() -> isShowing("#customers-drill-chip") && rowCount("#customers-table") == expected);
        assertThat(lookup("#customers-drill-label").queryAs(Label.class).getText()).endsWith(" " + series);
    }

    /** The first analysis of a fresh store takes a while on a busy two-core machine. */
    private void waitLong(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFxThread(condition));
    }

    private int rowCount(String table) {
        return lookup(table).tryQuery().map(node -> ((TableView<?>) node).getItems().size()).orElse(-1);
    }
}
