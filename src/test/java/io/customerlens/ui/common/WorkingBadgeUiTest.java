package io.customerlens.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** While a page's figures are computed, the page area says so with the job's title; idle, it says nothing. */
class WorkingBadgeUiTest extends ApplicationTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private FxTaskRunner runner;
    private Node badge;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner(messages);
        badge = new StatusBarView(runner.status(), messages).workingBadge();
        stage.setScene(new Scene(new StackPane(badge), 400, 200));
        stage.show();
    }

    @Override
    public void stop() throws InterruptedException {
        runner.close();
    }

    @Test
    void theBadgeShowsWhileWorkRunsAndNamesIt() throws Exception {
        assertThat(badge.isVisible()).isFalse();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        interact(() -> runner.job("Loading customers", context -> {
            running.countDown();
            release.await(20, TimeUnit.SECONDS);
            return 1;
        }).start());
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, badge::isVisible);
        Label text = (Label) ((HBox) badge).getChildren().get(1);
        assertThat(text.getText()).isEqualTo("Loading customers");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !badge.isVisible());
    }
}
