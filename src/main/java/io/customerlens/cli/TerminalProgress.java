package io.customerlens.cli;

import io.customerlens.task.ProgressListener;

import java.io.PrintWriter;
import java.util.function.LongFunction;

/**
 * Shows progress on one self-overwriting stderr line, at most a few times a second; does nothing when
 * stderr is not a terminal, so logs and pipes get only the final summary.
 */
final class TerminalProgress implements ProgressListener {

    private static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongFunction<String> text;
    private long lastShown = Long.MIN_VALUE;
    private int lastLength;

    /** @param text the line to show for a count of done units */
    TerminalProgress(CommandEnvironment environment, LongFunction<String> text) {
        this.err = environment.err();
        this.enabled = environment.terminal();
        this.text = text;
    }

    @Override
    public void progress(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || (lastShown != Long.MIN_VALUE && now - lastShown < MIN_INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        String line = text.apply(done);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Clears the progress line before the summary is printed. */
    void finish() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
