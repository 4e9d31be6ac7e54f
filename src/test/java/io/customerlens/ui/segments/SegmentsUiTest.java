package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Segments page on demo data: editing a key-account weight in place changes the tiers; Enter opens a customer. */
class SegmentsUiTest extends UiTestBase {

    @Test
    void changingAKeyAccountWeightChangesTheTiers() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-segments");
        waitUntil(() -> isShowing("#segments-view"));
        clickOn("#segments-tab-key");
        waitUntil(() -> keyAccountRows() > 0);
        Map<KeyAccountTier, Long> before = tiers();

        Spinner<?> netAmount = lookup("#segments-weight-net_amount").queryAs(Spinner.class);
        doubleClickOn(netAmount.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("100").push(KeyCode.ENTER);

        // Net amount alone at 100 %: the other five weights go to 0 and the score is the scaled net amount.
        waitUntil(() -> !tiers().equals(before));
        assertThat(lookup("#segments-weight-orders").queryAs(Spinner.class).getValue()).isEqualTo(0);
        assertThat(tiers()).isNotEqualTo(before);
    }

    @Test
    void enterOnAKeyAccountOpensItsCustomer() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-segments");
        waitUntil(() -> isShowing("#segments-view"));
        clickOn("#segments-tab-key");
        waitUntil(() -> keyAccountRows() > 0);
        interact(() -> {
            TableView<KeyAccountRow> table = lookup("#segments-key-table").queryTableView();
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        type(KeyCode.ENTER);

        waitUntil(() -> isShowing("#customer-card-view"));
    }

    private int keyAccountRows() {
        return lookup("#segments-key-table").queryTableView().getItems().size();
    }

    @SuppressWarnings("unchecked")
    private Map<KeyAccountTier, Long> tiers() {
        TableView<KeyAccountRow> table = lookup("#segments-key-table").queryTableView();
        return table.getItems().stream().collect(Collectors.groupingBy(row -> row.account().tier(), Collectors.counting()));
    }
}
