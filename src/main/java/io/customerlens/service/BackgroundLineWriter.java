package io.customerlens.service;

import io.customerlens.domain.ImportedLine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Inserts chunks of lines on a second thread while the importer reads the next chunk, so reading the
 * spreadsheet and writing the store overlap on two cores. At most one chunk is in flight: a new one waits
 * for the previous insert, which bounds memory and keeps the inserts in file order.
 */
final class BackgroundLineWriter implements AutoCloseable {

    /** How long an insert may make no progress while the disk has no room before the import gives up on it. */
    static final Duration STALL_LIMIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 250;

    private final Consumer<List<ImportedLine>> insert;
    private final BooleanSupplier outOfRoom;
    private boolean stalled;
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("customerlens-line-writer").daemon().factory());
    private Future<?> pending = CompletableFuture.completedFuture(null);

    /**
     * @param outOfRoom whether the store's disk has run out of room. The embedded database can hang for good
     *                  after a write the disk refused (H2 spins in MVStore.registerVersionUsage), so a wait for
     *                  an insert gives up when this holds for {@link #STALL_LIMIT} without progress.
     */
    BackgroundLineWriter(Consumer<List<ImportedLine>> insert, BooleanSupplier outOfRoom) {
        this.insert = insert;
        this.outOfRoom = outOfRoom;
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
            if (!stalled) {
                pending.get();
            }
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
            waitWhileProgressIsPossible();
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while writing lines");
        }
    }

    private void waitWhileProgressIsPossible() throws ExecutionException, InterruptedException {
        long stalledSince = -1;
        while (true) {
            try {
                pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillWriting) {
                if (!outOfRoom.getAsBoolean()) {
                    stalledSince = -1;
                } else if (stalledSince < 0) {
                    stalledSince = System.nanoTime();
                } else if (System.nanoTime() - stalledSince > STALL_LIMIT.toNanos()) {
                    stalled = true;
                    throw new StoreStalledException();
                }
            }
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
