package io.customerlens.ui.lapse;

import io.customerlens.ui.UiTestBase;
import io.customerlens.ui.lapse.timeline.LapseTimeline;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lapse page on a real store filled with demo data: switching N changes the list and the timeline. */
class LapseUiTest extends UiTestBase {

    @Test
    void switchingTheWindowChangesTheListAndTheTimeline() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-lapse");
        waitUntil(() -> isShowing("#lapse-view") && tableRows() > 0);
        clickOn("#lapse-show");
        clickOn(showText("lapse.show.lapsed"));
        waitUntil(() -> tableRows() > 0);
        int lapsedAfterThree = tableRows();
        clickOn("#lapse-tab-timeline");
        waitUntil(() -> isShowing("#lapse-timeline"));
        assertThat(timelineRows()).isEqualTo(lapsedAfterThree);

        clickOn("#lapse-window-12");

        waitUntil(() -> tableRows() != lapsedAfterThree);
        int lapsedAfterTwelve = tableRows();
        assertThat(lapsedAfterTwelve).isLessThan(lapsedAfterThree);
        assertThat(timelineRows()).isEqualTo(lapsedAfterTwelve);
        assertThat(lookup("#lapse-summary").queryLabeled().getText()).contains("window 12 months");
    }

    private String showText(String key) {
        return io.customerlens.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).get(key);
    }

    private int tableRows() {
        TableView<?> table = lookup("#lapse-table").queryTableView();
        return table.getItems().size();
    }

    private int timelineRows() {
        return lookup("#lapse-timeline").queryAs(LapseTimeline.class).getModel().rowCount();
    }
}
