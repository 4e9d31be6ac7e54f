package io.customerlens.ui.common;

import javafx.concurrent.Task;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs one after another on a single worker thread and reports their outcome on the FX thread.
 * One worker keeps the store's use simple (an import and a reload never overlap) and gives the status
 * bar exactly one job to show. Jobs marked {@link Job#aside()} (preparation that writes nothing) run on a second
 * thread beside it, so a page's own job never waits behind them; the bar names the one running at its right end,
 * without progress or Cancel. Cancelling sets a flag
 * the work checks; the thread is never interrupted, because an interrupt closes H2's file channels in the middle
 * of a transaction.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final Messages messages;
    private final TaskStatus status;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "customerlens-worker");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the jobs marked {@link Job#aside()}, one after another, beside the worker. */
    private final ExecutorService asideWorker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "customerlens-aside");
        thread.setDaemon(true);
        return thread;
    });
    /** Aside jobs not yet finished; touched on the FX thread only. */
    private final Set<Job<?>> unfinishedAside = new LinkedHashSet<>();
    /** The aside job running now, if any; touched on the FX thread only. */
    private Job<?> runningAside;

    /** Jobs handed to the worker and not yet finished; touched on the FX thread only. */
    private final Set<Job<?>> unfinished = new LinkedHashSet<>();
    /** The job the worker runs now, if any; touched on the FX thread only. */
    private Job<?> running;

    public FxTaskRunner(Messages messages) {
        this.messages = messages;
        this.status = new TaskStatus(messages.get("status.ready"));
    }

    @Override
    public <T> void execute(Job<T> job) {
        if (job.isAside()) {
            executeAside(job);
            return;
        }
        JobTask<T> task = new JobTask<>(job);
        supersedeWaiting(job);
        unfinished.add(job);
        task.setOnRunning(event -> {
            running = job;
            status.started(job.title(), job.isCancellable(), () -> {
                job.cancel();
                task.showMessage(messages.get("status.cancelling"));
            });
            status.follow(task.progressProperty(), task.messageProperty());
        });
        task.setOnSucceeded(event -> {
            unfinished.remove(job);
            running = null;
            status.finished(messages.get("status.ready"));
            job.succeeded(task.getValue());
        });
        task.setOnFailed(event -> handleFailure(job, task.getException()));
        worker.execute(task);
    }

    /**
     * A newer request replaces an older one with its key, in either lane: a page's quick figures for a new N drop
     * its learning for the old N. One not started never runs; a running one sees its cancel signal set and stops at
     * its next check (the learning checks between its steps) and ends silently; work that checks nothing runs to its
     * end and the page drops its result.
     */
    private void supersedeWaiting(Job<?> newer) {
        for (Job<?> older : unfinished) {
            if (older.isReplacedBy(newer)) {
                older.supersede();
            }
        }
        for (Job<?> older : unfinishedAside) {
            if (older.isReplacedBy(newer)) {
                older.supersede();
            }
        }
    }

    /**
     * An aside job: named at the right of the status bar while it runs, never its main message; a failure goes to its own handler, or the log (the page that needs the
     * result meets the same failure in its own job and shows it there).
     */
    private <T> void executeAside(Job<T> job) {
        JobTask<T> task = new JobTask<>(job);
        supersedeWaiting(job);
        unfinishedAside.add(job);
        task.setOnRunning(event -> {
            runningAside = job;
            status.asideStarted(job.title());
        });
        task.setOnSucceeded(event -> {
            finishedAside(job);
            job.succeeded(task.getValue());
        });
        task.setOnFailed(event -> {
            finishedAside(job);
            Throwable failure = task.getException();
            if (failure instanceof CancellationException) {
                return;
            }
            if (job.hasFailureHandler()) {
                job.failed(failure);
            } else {
                LOG.log(System.Logger.Level.WARNING, "Background preparation failed: " + job.title(), failure);
            }
        });
        asideWorker.execute(task);
    }

    private void finishedAside(Job<?> job) {
        unfinishedAside.remove(job);
        if (runningAside == job) {
            runningAside = null;
            status.asideFinished();
        }
    }

    private <T> void handleFailure(Job<T> job, Throwable failure) {
        unfinished.remove(job);
        if (running == job) {
            running = null;
        }
        if (job.isSuperseded() && failure instanceof CancellationException) {
            return;
        }
        if (failure instanceof CancellationException) {
            status.finished(messages.format("status.cancelled", job.title()));
            job.cancelled();
            return;
        }
        // A job's own handler shows (and logs) the failure where it belongs; otherwise the status bar says it,
        // and an unexpected one is logged here.
        String reason = job.hasFailureHandler() ? messages.failures().sentence(failure)
                : messages.failures().describe(failure);
        status.finished(messages.format("status.failed", job.title(), reason), MessageKind.ERROR);
        if (job.hasFailureHandler()) {
            job.failed(failure);
        }
    }

    @Override
    public TaskStatus status() {
        return status;
    }

    /**
     * Cancels what is running or waiting (an import rolls back) and waits for the worker to stop, so the
     * store is not closed under a running transaction.
     */
    @Override
    public void close() throws InterruptedException {
        unfinished.forEach(Job::cancel);
        unfinishedAside.forEach(Job::supersede);
        // Aside work only reads what is in memory and writes nothing: it is left to end on its own (a daemon).
        asideWorker.shutdown();
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "Background work still running at exit");
        }
    }

    /** Its own cancel flag, not FutureTask's: see the class comment on interrupts. */
    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            if (job.isCancelRequested() || job.isSuperseded()) {
                throw new CancellationException("cancelled or replaced before it started");
            }
            updateMessage(job.title());
            return job.work().run(new Context());
        }

        void showMessage(String text) {
            updateMessage(text);
        }

        private final class Context implements WorkContext {
            @Override
            public boolean isCancelled() {
                return job.isCancelRequested() || job.isSuperseded();
            }

            @Override
            public void progress(long done, long total) {
                if (total > 0) {
                    updateProgress(done, total);
                } else {
                    updateProgress(-1, 1);
                }
            }

            @Override
            public void message(String text) {
                updateMessage(text);
            }
        }
    }
}
