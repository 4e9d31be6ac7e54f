package io.customerlens.task;

/** Receives progress of long work; {@code total} is -1 when unknown. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
