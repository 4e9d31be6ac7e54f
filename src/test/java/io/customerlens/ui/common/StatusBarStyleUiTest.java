package io.customerlens.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.NoSuchFileException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed job's message in the status bar reads as an error (red) until the next job; others read plain. */
class StatusBarStyleUiTest extends ApplicationTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private StatusBarView bar;

    @Override
    public void start(Stage stage) {
        bar = new StatusBarView(runner.status(), messages);
        stage.setScene(new Scene(new StackPane(bar.node()), 600, 60));
        stage.show();
    }

    @Test
    void aFailedJobsMessageGetsTheErrorStyleAndTheNextJobClearsIt() {
        interact(() -> runner.job("Reading sales.xlsx", context -> {
            throw new NoSuchFileException("/data/sales.xlsx");
        }).onFailure(failure -> { }).start());

        assertThat(bar.node().getText()).startsWith("Reading sales.xlsx: failed");
        assertThat(bar.node().getStyleClass()).contains("message-error");

        interact(() -> runner.job("Loading customers", context -> 1).start());

        assertThat(bar.node().getText()).isEqualTo("Ready");
        assertThat(bar.node().getStyleClass()).doesNotContain("message-error", "message-success");
    }

    @Test
    void aCancelledJobReadsPlain() {
        interact(() -> runner.job("Importing", context -> {
            throw new java.util.concurrent.CancellationException("stopped by the user");
        }).onFailure(failure -> { }).start());

        assertThat(bar.node().getStyleClass()).doesNotContain("message-error");
    }
}
