package io.customerlens.service;

import io.customerlens.domain.ImportedLine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Inserts chunks of lines on a second thread while the importer reads the next chunk, so reading the
 * spreadsheet and writing the store overlap on two cores. At most one chunk is in flight: a new one waits
 * for the previous insert, which bounds memory and keeps the inserts in file order.
 */
final class BackgroundLineWriter implements AutoCloseable {

    private final Consumer<List<ImportedLine>> insert;
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("customerlens-line-writer").daemon().factory());
    private Future<?> pending = CompletableFuture.completedFuture(null);

    BackgroundLineWriter(Consumer<List<ImportedLine>> insert) {
        this.insert = insert;
    }

    /** Hands a chunk to the writer thread; the caller must not change the list afterwards. */
    void submit(List<ImportedLine> chunk) {
        awaitPending();
        pending = executor.submit(() -> insert.accept(chunk));
    }

    /** Waits until every submitted chunk is written, and rethrows an insert's failure. */
    void finish() {
        awaitPending();
    }

    /**
     * Waits for the insert in flight (the transaction must not roll back under it) and stops the thread.
     * An insert failure is not rethrown here: on the normal path {@link #finish()} already rethrew it, and
     * on a failing path the import is rolling back for the first failure.
     */
    @Override
    public void close() {
        try {
            pending.get();
        } catch (ExecutionException secondaryFailure) {
            // see the method comment: the import is already failing or has reported this
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdown();
        }
    }

    private void awaitPending() {
        try {
            pending.get();
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while writing lines");
        }
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("writing lines failed", cause);
    }
}
