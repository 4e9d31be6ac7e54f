package io.customerlens.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Runs each job at once on the caller's thread: view models behave the same as in the app, and a test
 * sees the outcome as soon as the command returns. Failures without a handler are rethrown, so a test
 * never passes over a hidden fault. Used by the tests and by {@code bench --refresh}, which loads the pages
 * without a screen. {@link #deferringAside} keeps jobs marked {@link Job#aside()} until {@link #runAsideJobs()}, as
 * the window runs them beside the pages: the benchmark then times a page's own load apart from the learning that
 * the window does while the page already shows its figures.
 */
public final class SynchronousTaskRunner implements TaskRunner {

    private final Messages messages;
    private final TaskStatus status;
    private final List<Throwable> handledFailures = new ArrayList<>();
    private final boolean deferAside;
    private final Deque<Job<?>> waitingAside = new ArrayDeque<>();

    public SynchronousTaskRunner(Messages messages) {
        this(messages, false);
    }

    private SynchronousTaskRunner(Messages messages, boolean deferAside) {
        this.messages = messages;
        this.status = new TaskStatus(messages.get("status.ready"));
        this.deferAside = deferAside;
    }

    /** A runner that keeps aside jobs until {@link #runAsideJobs()}; every other job runs at once. */
    public static SynchronousTaskRunner deferringAside(Messages messages) {
        return new SynchronousTaskRunner(messages, true);
    }

    /**
     * Runs the aside jobs kept so far, oldest first, with those queued while they run; returns how many ran. A
     * newer job with the same key took the place of a waiting one, as in the window.
     */
    public int runAsideJobs() {
        int ran = 0;
        while (!waitingAside.isEmpty()) {
            runNow(waitingAside.removeFirst());
            ran++;
        }
        return ran;
    }

    @Override
    public <T> void execute(Job<T> job) {
        if (deferAside && job.isAside()) {
            waitingAside.removeIf(waiting -> waiting.isReplacedBy(job));
            waitingAside.addLast(job);
            return;
        }
        waitingAside.removeIf(waiting -> waiting.isReplacedBy(job));
        runNow(job);
    }

    private <T> void runNow(Job<T> job) {
        status.started(job.title(), job.isCancellable(), job::cancel);
        T result;
        try {
            if (job.isCancelRequested()) {
                throw new CancellationException("cancelled before it started");
            }
            result = job.work().run(new Context(job));
        } catch (CancellationException e) {
            status.finished(messages.format("status.cancelled", job.title()));
            job.cancelled();
            return;
        } catch (Exception e) { // not swallowed: handed to the job's handler, or rethrown below
            status.finished(messages.format("status.failed", job.title(), messages.failures().sentence(e)),
                    MessageKind.ERROR);
            if (!job.hasFailureHandler()) {
                throw new IllegalStateException("Unhandled failure of job " + job.title(), e);
            }
            handledFailures.add(e);
            job.failed(e);
            return;
        }
        status.finished(messages.get("status.ready"));
        job.succeeded(result);
    }

    @Override
    public TaskStatus status() {
        return status;
    }

    /**
     * The failures handed to a job's own handler so far, oldest first: a page shows those as a notice, so
     * whoever times a page's load asks here whether it really loaded.
     */
    public List<Throwable> handledFailures() {
        return List.copyOf(handledFailures);
    }

    private final class Context implements WorkContext {
        private final Job<?> job;

        Context(Job<?> job) {
            this.job = job;
        }

        @Override
        public void progress(long done, long total) {
            status.progress(total > 0 ? (double) done / total : -1);
        }

        @Override
        public void message(String text) {
            status.message(text);
        }

        @Override
        public boolean isCancelled() {
            return job.isCancelRequested();
        }
    }
}
