package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Products page on demo data (categories, no sub-categories): switching the BCG unit from category to
 * product redraws the chart with one circle per product that sold, as listed in the table.
 */
class ProductsUiTest extends UiTestBase {

    @Test
    void switchingTheUnitRedrawsTheMatrix() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-products");
        waitUntil(() -> isShowing("#products-view") && tableRows() > 0);
        assertThat(unitBox().getValue()).isEqualTo(BcgUnit.CATEGORY);
        int categories = tableRows();
        assertThat(drawnPoints()).isEqualTo(categories);
        Set<String> categoryLabels = drawnLabels();
        assertThat(chartLabels()).isNotEmpty().isSubsetOf(categoryLabels);

        clickOn("#products-unit");
        clickOn(lookup(".list-cell").match((ListCell<?> cell) -> "Product".equals(cell.getText()))
                .<ListCell<?>>query());

        waitUntil(() -> unitBox().getValue() == BcgUnit.PRODUCT && tableRows() != categories);
        assertThat(tableRows()).isGreaterThan(categories);
        assertThat(drawnPoints()).isEqualTo(tableRows());
        assertThat(drawnLabels()).doesNotContainAnyElementsOf(categoryLabels);
        assertThat(chartLabels()).as("the names written on the chart are products now")
                .isNotEmpty().isSubsetOf(drawnLabels()).doesNotContainAnyElementsOf(categoryLabels);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<BcgUnit> unitBox() {
        return lookup("#products-unit").queryAs(ComboBox.class);
    }

    private int tableRows() {
        return lookup("#products-units-table").queryTableView().getItems().size();
    }

    private XYDataset dataset() {
        return lookup("#products-bcg-chart").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset();
    }

    /** The names the chart itself writes beside its circles (the largest units). */
    private Set<String> chartLabels() {
        XYPlot plot = lookup("#products-bcg-chart").queryAs(ChartViewer.class).getChart().getXYPlot();
        XYItemLabelGenerator labels = plot.getRenderer().getDefaultItemLabelGenerator();
        XYDataset dataset = plot.getDataset();
        Set<String> names = new HashSet<>();
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                String label = labels.generateLabel(dataset, series, item);
                if (label != null) {
                    names.add(label);
                }
            }
        }
        return names;
    }

    private int drawnPoints() {
        XYDataset dataset = dataset();
        int points = 0;
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            points += dataset.getItemCount(series);
        }
        return points;
    }

    /** The unit names the table lists (only units that sold, which the chart draws). */
    private Set<String> drawnLabels() {
        TableView<BcgRow> table = lookup("#products-units-table").queryTableView();
        return table.getItems().stream().map(BcgRow::label).collect(Collectors.toSet());
    }
}
