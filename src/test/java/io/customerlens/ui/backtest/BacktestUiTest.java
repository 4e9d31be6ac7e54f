package io.customerlens.ui.backtest;

import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Backtest page on a real store filled with demo data: it opens with the backtest at the latest possible
 * cut-off, and Run with an earlier cut-off answers for that date.
 */
class BacktestUiTest extends UiTestBase {

    @Test
    void opensWithTheLatestCutoffAndRunsAgainForAnEarlierOne() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-backtest");
        waitUntil(() -> isShowing("#backtest-view") && rankingRows() > 0);

        LocalDate latest = lookup("#backtest-cutoff").queryAs(javafx.scene.control.DatePicker.class).getValue();
        assertThat(sentence()).startsWith("Of the 20 customers this list would have put first on " + latest);
        assertThat(rankingNames()).anyMatch(name -> name.endsWith("(shown)"));
        assertThat(lookup("#backtest-run").queryAs(Button.class).isDisabled()).isFalse();

        LocalDate earlier = latest.minusMonths(2);
        interact(() -> lookup("#backtest-cutoff").queryAs(javafx.scene.control.DatePicker.class).setValue(earlier));
        clickOn("#backtest-run");

        waitUntil(() -> sentence().contains(earlier.toString()) && rankingRows() > 0);
        clickOn("#backtest-tab-calibration");
        waitUntil(() -> isShowing("#backtest-checks"));
    }

    @Test
    void aCutoffTooLateDisablesRunAndSaysWhy() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-backtest");
        waitUntil(() -> isShowing("#backtest-view") && rankingRows() > 0);

        LocalDate latest = lookup("#backtest-cutoff").queryAs(javafx.scene.control.DatePicker.class).getValue();
        interact(() -> lookup("#backtest-cutoff").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(latest.plusDays(1)));

        waitUntil(() -> lookup("#backtest-run").queryAs(Button.class).isDisabled());
        assertThat(lookup("#backtest-cutoff-problem").queryAs(Label.class).getText())
                .startsWith("The cut-off can be " + latest + " at the latest");
    }

    private String sentence() {
        return lookup("#backtest-sentence").queryAs(Label.class).getText();
    }

    private int rankingRows() {
        TableView<?> table = lookup("#backtest-rankings").queryTableView();
        return table.getItems().size();
    }

    private java.util.List<String> rankingNames() {
        TableView<BacktestRow> table = lookup("#backtest-rankings").queryTableView();
        return table.getItems().stream().map(BacktestRow::name).toList();
    }
}
