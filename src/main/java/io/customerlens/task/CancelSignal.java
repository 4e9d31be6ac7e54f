package io.customerlens.task;

import java.util.concurrent.CancellationException;

/** Asked by long work between steps; work that sees it set stops with a {@link CancellationException}. */
@FunctionalInterface
public interface CancelSignal {
    CancelSignal NEVER = () -> false;

    boolean isCancelled();

    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
