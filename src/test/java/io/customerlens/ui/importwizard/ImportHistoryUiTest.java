package io.customerlens.ui.importwizard;

import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Import → Import history: the import is listed, "Undo this import…" asks, then the store is empty again. */
class ImportHistoryUiTest extends UiTestBase {

    @Test
    void anImportIsListedAndUndoneAfterConfirmation() throws TimeoutException, IOException {
        var imports = context.importService();
        ImportPlan plan = imports.defaultPlan(imports.inspect(fixture("tiny-sales.csv"), ImportOptions.defaults()),
                ImportOptions.defaults());
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);

        openPage("#nav-import");
        clickOn("Import history");
        waitUntil(() -> isShowing("#import-history-table") && table().getItems().size() == 1);
        assertThat(table().getItems().getFirst().fileName()).isEqualTo("tiny-sales.csv");

        interact(() -> table().getSelectionModel().select(0));
        clickOn("#import-history-undo");
        waitUntil(() -> lookup("#import-history-confirm").tryQuery().isPresent());
        clickOn("Undo the import");

        waitUntil(() -> table().getItems().isEmpty());
        assertThat(lookup("#import-history-message").queryAs(Labeled.class).getText())
                .startsWith("Undone:").contains("tiny-sales.csv");
        assertThat(imports.storeIsEmpty()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private TableView<ImportHistoryRow> table() {
        return (TableView<ImportHistoryRow>) lookup("#import-history-table").query();
    }
}
