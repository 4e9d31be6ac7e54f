package io.customerlens.ui.common;

/**
 * Runs background work for the view models. The application uses {@link FxTaskRunner} (a worker
 * thread, results on the FX thread); tests and {@code bench --refresh} use {@link SynchronousTaskRunner}.
 * One runner serves the whole window, and its {@link TaskStatus} is what the status bar shows.
 */
public interface TaskRunner {

    /** Starts describing a job; nothing runs until {@link Job#start()}. */
    default <T> Job<T> job(String title, BackgroundWork<T> work) {
        return new Job<>(this, title, work);
    }

    /** Runs the job (now or after the jobs before it) and reports its outcome to its handlers. */
    <T> void execute(Job<T> job);

    TaskStatus status();
}
