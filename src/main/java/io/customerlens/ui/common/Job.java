package io.customerlens.ui.common;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One piece of background work and what to do with its outcome. The handlers run on the FX thread in
 * the application and on the caller's thread with {@link SynchronousTaskRunner}. Build with
 * {@link TaskRunner#job}, then {@link #start()}.
 */
public final class Job<T> {

    private final TaskRunner runner;
    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicBoolean superseded = new AtomicBoolean();
    private Object replaceKey;
    private boolean aside;

    Job(TaskRunner runner, String title, BackgroundWork<T> work) {
        this.runner = runner;
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public Job<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler the failure is shown in the status bar and logged. */
    public Job<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Makes the job cancellable from the status bar; {@code handler} runs once it has stopped. */
    public Job<T> cancellable(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * A newer job with the same key replaces this one: a page asked for twice (N changed again before the first
     * answer) computes the latest request only. Waiting, the replaced job never runs; running, its cancel signal is
     * set, so work that checks it (learning) stops at its next step. Either way it ends silently.
     */
    public Job<T> replacing(Object key) {
        this.replaceKey = Objects.requireNonNull(key, "key");
        return this;
    }

    /**
     * Runs the job beside the page's jobs instead of after them, and out of the status bar: only for work that
     * writes nothing and prepares what a page may ask for next (learning into the snapshot's memo), so a page's own
     * figures never wait behind it. A page that needs the result waits for it in the memo, never computes it twice.
     */
    public Job<T> aside() {
        this.aside = true;
        return this;
    }

    boolean isAside() {
        return aside;
    }

    /** Whether {@code newer} replaces this job (the same key). */
    boolean isReplacedBy(Job<?> newer) {
        return replaceKey != null && replaceKey.equals(newer.replaceKey);
    }

    /** Drops the job before it starts: a newer one with its key took its place. */
    void supersede() {
        superseded.set(true);
    }

    boolean isSuperseded() {
        return superseded.get();
    }

    /** Hands the job to the runner; the returned job can be cancelled while it waits or runs. */
    public Job<T> start() {
        runner.execute(this);
        return this;
    }

    /** Asks a cancellable job to stop at its next check; it then reports itself cancelled. */
    public void cancel() {
        if (isCancellable()) {
            cancelRequested.set(true);
        }
    }

    boolean isCancelRequested() {
        return cancelRequested.get();
    }

    public String title() {
        return title;
    }

    public boolean isCancellable() {
        return onCancelled != null;
    }

    BackgroundWork<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    boolean hasFailureHandler() {
        return onFailure != null;
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    void cancelled() {
        if (onCancelled != null) {
            onCancelled.run();
        }
    }
}
