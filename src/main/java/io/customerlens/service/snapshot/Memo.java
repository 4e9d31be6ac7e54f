package io.customerlens.service.snapshot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Results of analyses over one snapshot, by what they were computed with. Each is computed once, even when
 * two callers ask at the same time (the second waits for the first); a failed computation is not kept. The
 * least recently used results go once there are more than {@code capacity}, so trying many options does not
 * fill the heap.
 */
final class Memo {

    private final Map<Object, FutureTask<Object>> results;

    Memo(int capacity) {
        this.results = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, FutureTask<Object>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The result for {@code key}, computed here or by the caller already computing it. When that other caller's
     * work is cancelled (its user moved on), this caller was not: it computes the result itself, with its own
     * {@code compute}.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        while (true) {
            FutureTask<Object> task;
            boolean mine = false;
            synchronized (results) {
                task = results.get(key);
                if (task == null) {
                    task = new FutureTask<>(compute::get);
                    results.put(key, task);
                    mine = true;
                }
            }
            if (mine) {
                task.run();
            }
            try {
                return (T) task.get();
            } catch (ExecutionException e) {
                forget(key, task);
                if (!mine && e.getCause() instanceof CancellationException) {
                    continue;
                }
                throw rethrown(e.getCause());
            } catch (CancellationException e) {
                forget(key, task);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for an analysis");
            }
        }
    }

    private void forget(Object key, FutureTask<Object> task) {
        synchronized (results) {
            results.remove(key, task);
        }
    }

    /** The computation's own exception, as it would have been thrown without the memo. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Whether a result for {@code key} is there and finished, without computing or waiting: a page can show what is
     * ready and ask for the rest in a second step. A LinkedHashMap in access order moves the key on get, which is
     * fine: a result looked at is a result in use.
     */
    boolean isDone(Object key) {
        FutureTask<Object> task;
        synchronized (results) {
            task = results.get(key);
        }
        return task != null && task.state() == java.util.concurrent.Future.State.SUCCESS;
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }
}
