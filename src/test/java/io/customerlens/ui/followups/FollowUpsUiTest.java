package io.customerlens.ui.followups;

import io.customerlens.service.followups.TaskRow;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Follow-ups page on a real store with demo data (the app's own clock, so nothing depends on a fixed
 * date): generate tasks through the preview, complete a lapsed customer's task with the keyboard, and see the
 * list, the counts and the effect panel follow.
 */
class FollowUpsUiTest extends UiTestBase {

    @Test
    void generatingAndCompletingATaskUpdatesTheListAndTheEffect() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-follow-ups");
        waitUntil(() -> isShowing("#followups-view"));
        clickOn("#followups-tab-effect");
        waitUntil(() -> "0".equals(text("#followups-effect-contacted")));
        clickOn("#followups-tab-tasks");

        clickOn("#followups-generate");
        waitUntil(() -> isShowing("#followups-generate-table") && planned() > 0);
        int planned = planned();
        assertThat(tasks().getItems()).as("nothing is created before Create").isEmpty();
        clickOn("#followups-generate-create");
        waitUntil(() -> isShowing("#followups-table") && tasks().getItems().size() == planned);
        assertThat(text("#followups-filter-done")).isEqualTo("Done (0)");

        int lapsed = firstWinBackRow();
        interact(() -> {
            tasks().scrollTo(lapsed);
            tasks().getSelectionModel().clearAndSelect(lapsed);
            tasks().requestFocus();
        });
        waitUntil(() -> !text("#followups-details-title").isEmpty());
        // Keyboard only: Enter goes to "Reached", Alt+N and Alt+R pick an answer, Enter saves.
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#followups-outcome-reached").query().isFocused());
        press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> lookup("#followups-outcome-not-reached").queryAs(RadioButton.class).isSelected());
        press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> lookup("#followups-outcome-reached").queryAs(RadioButton.class).isSelected());
        waitUntil(() -> !lookup("#followups-outcome-save").query().isDisabled());
        type(KeyCode.ENTER);

        waitUntil(() -> tasks().getItems().size() == planned - 1);
        assertThat(text("#followups-filter-done")).isEqualTo("Done (1)");
        clickOn("#followups-filter-done");
        waitUntil(() -> tasks().getItems().size() == 1);
        assertThat(tasks().getItems().getFirst().task().outcome().reached()).isTrue();

        clickOn("#followups-tab-effect");
        waitUntil(() -> "1".equals(text("#followups-effect-contacted")));
        // Contacted today, after the demo data ends: the 30-day window is still open.
        assertThat(text("#followups-effect-pending")).isEqualTo("1");

        openPage("#nav-home");
        waitUntil(() -> isShowing("#home-followups") && !text("#home-followups-banner").isEmpty());
        clickOn("#home-open-followups");
        waitUntil(() -> isShowing("#followups-table")
                && lookup("#followups-filter-due-now").queryAs(ToggleButton.class).isSelected());
    }

    private int firstWinBackRow() {
        var rows = tasks().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).task().reason().isWinBack()) {
                return i;
            }
        }
        throw new AssertionError("no lapsed or at-risk task was generated");
    }

    private TableView<TaskRow> tasks() {
        return lookup("#followups-table").queryTableView();
    }

    private int planned() {
        return lookup("#followups-generate-table").queryTableView().getItems().size();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
