package io.customerlens.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynchronousTaskRunnerTest {

    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(Messages.forLocale(Locale.ENGLISH));

    @Test
    void resultGoesToTheSuccessHandler() {
        AtomicReference<String> result = new AtomicReference<>();

        runner.job("Adding", context -> "4").onSuccess(result::set).start();

        assertThat(result).hasValue("4");
        assertThat(runner.status().messageProperty().get()).isEqualTo("Ready");
        assertThat(runner.status().runningProperty().get()).isFalse();
    }

    @Test
    void statusShowsTheRunningJobsProgressAndMessage() {
        List<String> seen = new ArrayList<>();

        runner.job("Reading", context -> {
            seen.add("running=" + runner.status().runningProperty().get());
            context.progress(1, 4);
            context.message("1 of 4");
            seen.add(runner.status().progressProperty().get() + " " + runner.status().messageProperty().get());
            context.progress(7, -1);
            seen.add("unknown total=" + runner.status().progressProperty().get());
            return null;
        }).start();

        assertThat(seen).containsExactly("running=true", "0.25 1 of 4", "unknown total=-1.0");
        assertThat(runner.status().progressProperty().get()).isZero();
    }

    @Test
    void failureGoesToTheFailureHandlerAndTheStatusBar() {
        AtomicReference<Throwable> failure = new AtomicReference<>();

        runner.job("Reading sales.xlsx", context -> {
            throw new IOException("disk gone");
        }).onFailure(failure::set).start();

        assertThat(failure.get()).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(runner.status().messageProperty().get()).isEqualTo("Reading sales.xlsx: failed – "
                + "Something went wrong inside CustomerLens; please report it. No log file could be written, so the details are not kept");
    }

    @Test
    void handledFailuresAreKeptForWhoeverTimesALoad() {
        runner.job("Loading", context -> "fine").onFailure(failure -> { }).start();
        runner.job("Reading", context -> {
            throw new IOException("disk gone");
        }).onFailure(failure -> { }).start();

        assertThat(runner.handledFailures()).singleElement().isInstanceOf(IOException.class);
    }

    @Test
    void failureWithoutAHandlerIsNotHidden() {
        assertThatThrownBy(() -> runner.job("Reading", context -> {
            throw new IOException("disk gone");
        }).start()).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void cancelFromTheStatusBarStopsACancellableJob() {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();

        runner.job("Importing", context -> {
            assertThat(runner.status().cancellableProperty().get()).isTrue();
            runner.status().cancel();
            context.throwIfCancelled();
            return "done";
        }).cancellable(() -> cancelled.set(true)).onSuccess(result -> succeeded.set(true)).start();

        assertThat(cancelled).isTrue();
        assertThat(succeeded).isFalse();
        assertThat(runner.status().messageProperty().get()).isEqualTo("Importing: cancelled");
    }

    @Test
    void jobThatIsNotCancellableCannotBeCancelled() {
        AtomicReference<String> result = new AtomicReference<>();

        runner.job("Loading", context -> {
            assertThat(runner.status().cancellableProperty().get()).isFalse();
            runner.status().cancel();
            context.throwIfCancelled();
            return "loaded";
        }).onSuccess(result::set).start();

        assertThat(result).hasValue("loaded");
    }
}
