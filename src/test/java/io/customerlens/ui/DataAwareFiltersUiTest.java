package io.customerlens.ui;

import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store made from a file with only date, customer, product and amount columns (a pharmacy export): the
 * type, region, channel and salesperson filters are hidden on the Customers and Lapse pages, and one line
 * names the columns to map at import. The segment filters, which the analysis computes, stay.
 */
class DataAwareFiltersUiTest extends UiTestBase {

    @Test
    void filtersOfAttributesTheDataLacksAreHiddenAndTheColumnsToMapNamed() throws TimeoutException, java.io.IOException {
        var imports = context.importService();
        ImportPlan plan = imports.defaultPlan(imports.inspect(fixture("no-attributes.csv"), ImportOptions.defaults()),
                ImportOptions.defaults());
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);

        openPage("#nav-customers");
        // The segment filters come with the list's second step (segments).
        waitUntil(() -> isShowing("#customers-table")
                && !lookup("#customers-table").queryTableView().getItems().isEmpty()
                && lookup("#customers-segments-pending").queryLabeled().getText().isEmpty());
        waitUntil(() -> !text("#customers-missing-columns").isEmpty());
        assertThat(visible("#customers-filter-type")).isFalse();
        assertThat(visible("#customers-filter-salesperson")).isFalse();
        assertThat(visible("#customers-filter-rfm_segment")).isTrue();
        assertThat(text("#customers-missing-columns")).contains("Customer type", "Region", "Channel", "Salesperson");

        openPage("#nav-lapse");
        waitUntil(() -> isShowing("#lapse-view") && !text("#lapse-missing-columns").isEmpty());
        assertThat(visible("#lapse-filter-region")).isFalse();
        assertThat(visible("#lapse-filter-channel")).isFalse();
    }

    private boolean visible(String query) {
        Node node = lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
