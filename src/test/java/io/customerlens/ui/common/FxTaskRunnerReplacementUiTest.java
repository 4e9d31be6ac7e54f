package io.customerlens.ui.common;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A newer request of a page replaces its request still waiting; other pages' requests are left alone. */
class FxTaskRunnerReplacementUiTest extends ApplicationTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner(messages);
    }

    @Override
    public void stop() throws InterruptedException {
        runner.close();
    }

    @Test
    void aWaitingRequestIsReplacedByTheNewerOneWithItsKey() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        interact(() -> {
            runner.job("import", context -> {
                busy.countDown();
                release.await(20, TimeUnit.SECONDS);
                return "import";
            }).onSuccess(shown::add).start();
            runner.job("lapse N=4", context -> "lapse 4").replacing("lapse").onSuccess(shown::add).start();
            runner.job("segments", context -> "segments").replacing("segments").onSuccess(shown::add).start();
            runner.job("lapse N=6", context -> "lapse 6").replacing("lapse").onSuccess(shown::add).start();
        });
        assertThat(busy.await(20, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.size() == 3
                && runner.status().messageProperty().get().equals(messages.get("status.ready")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).containsExactly("import", "segments", "lapse 6");
        assertThat(runner.status().messageProperty().get()).isEqualTo(messages.get("status.ready"));
    }

    /* The call list's learning runs aside: a page's job started after it finishes first and the status bar shows it. */
    @Test
    void aPagesJobDoesNotWaitBehindAnAsideJob() throws Exception {
        CountDownLatch learning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        List<String> statusWhilePageRan = new CopyOnWriteArrayList<>();
        interact(() -> {
            runner.job("learning", context -> {
                learning.countDown();
                release.await(20, TimeUnit.SECONDS);
                return "learned";
            }).aside().onSuccess(shown::add).start();
            runner.job("lapse page", context -> "lapse").onSuccess(result -> {
                shown.add(result);
                statusWhilePageRan.add(runner.status().messageProperty().get());
            }).start();
        });
        assertThat(learning.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.contains("lapse"));

        assertThat(shown).containsExactly("lapse");
        assertThat(statusWhilePageRan).doesNotContain("learning");
        // The bar names the learning aside while it runs, and nothing once it has ended.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runner.status().asideProperty().get().equals("learning"));

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.size() == 2);
        assertThat(shown).containsExactly("lapse", "learned");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.status().asideProperty().get()).isEmpty();
    }

    /* N changed while the old window's learning runs aside: the learning is told to stop, ends silently, and the new one runs. */
    @Test
    void aRunningAsideJobIsToldToStopByTheNewerOneWithItsKey() throws Exception {
        CountDownLatch learning = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        List<String> stopped = new CopyOnWriteArrayList<>();
        interact(() -> runner.job("learning N=3", context -> {
            learning.countDown();
            // Learning's steps, each asking whether to go on.
            for (int step = 0; step < 2_000; step++) {
                if (context.isCancelled()) {
                    stopped.add("N=3");
                    throw new java.util.concurrent.CancellationException("N changed");
                }
                Thread.sleep(10);
            }
            return "learned N=3";
        }).replacing("warm-up").aside().onSuccess(shown::add).start());
        assertThat(learning.await(20, TimeUnit.SECONDS)).isTrue();

        interact(() -> runner.job("learning N=6", context -> "learned N=6").replacing("warm-up").aside()
                .onSuccess(shown::add).start());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.contains("learned N=6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stopped).containsExactly("N=3");
        assertThat(shown).containsExactly("learned N=6");
        assertThat(runner.status().messageProperty().get()).isEqualTo(messages.get("status.ready"));
    }
}
