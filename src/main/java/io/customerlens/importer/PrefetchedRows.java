package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * A sheet's rows read on a thread of their own, so that parsing the file (the xlsx XML, most of the reading) and
 * interpreting its rows run on two cores at once. Rows come out in the order the source gives them, in blocks
 * handed over through a small queue, so at most {@link #BLOCKS_AHEAD} blocks are read ahead. A failure of the
 * source comes out of {@link #hasNext()} where the reading thread met it, after every row read before it, as the
 * same exception the source threw. {@link #close()} stops the reading thread and waits for it, so the caller may
 * close the source afterwards: the source is never used by two threads at once.
 */
final class PrefetchedRows implements Iterator<RawRow>, AutoCloseable {

    static final int BLOCK_ROWS = 512;
    static final int BLOCKS_AHEAD = 4;
    private static final long OFFER_MILLIS = 100;

    /** What the reading thread hands over: rows, the end of the sheet, or the failure that ended it. */
    private sealed interface Handover permits Rows, End, Failure {
    }

    private record Rows(List<RawRow> rows) implements Handover {
    }

    private record End() implements Handover {
    }

    private record Failure(Throwable cause) implements Handover {
    }

    private final BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private List<RawRow> block = List.of();
    private int nextInBlock;
    private boolean ended;

    private PrefetchedRows(Iterator<RawRow> source, String threadName) {
        this.reader = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> readAll(source));
    }

    /** Starts reading {@code source} at once; the caller must {@link #close()} this before closing the source. */
    static PrefetchedRows start(Iterator<RawRow> source) {
        PrefetchedRows rows = new PrefetchedRows(source, "customerlens-sheet-reader");
        rows.reader.start();
        return rows;
    }

    private void readAll(Iterator<RawRow> source) {
        List<RawRow> rows = new ArrayList<>(BLOCK_ROWS);
        try {
            while (!stopped && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BLOCK_ROWS) {
                    handOver(new Rows(rows));
                    rows = new ArrayList<>(BLOCK_ROWS);
                }
            }
        } catch (Throwable failure) {
            // Everything the source throws belongs to the importing thread, which reports it (a damaged sheet)
            // after the rows read before it, as if it had read them itself.
            handOverRead(rows);
            handOver(new Failure(failure));
            return;
        }
        handOverRead(rows);
        handOver(new End());
    }

    private void handOverRead(List<RawRow> rows) {
        if (!rows.isEmpty()) {
            handOver(new Rows(rows));
        }
    }

    /** Waits for room in the queue, unless the importing thread has stopped taking rows. */
    private void handOver(Handover handover) {
        try {
            while (!stopped) {
                if (queue.offer(handover, OFFER_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (nextInBlock == block.size()) {
            if (ended) {
                return false;
            }
            switch (take()) {
                case Rows(var rows) -> {
                    block = rows;
                    nextInBlock = 0;
                }
                case End() -> ended = true;
                case Failure(var cause) -> {
                    ended = true;
                    throw rethrown(cause);
                }
            }
        }
        return true;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return block.get(nextInBlock++);
    }

    private Handover take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading rows");
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // Iterator methods throw no checked exception, so a source cannot have thrown one.
        return new IllegalStateException("reading rows failed", cause);
    }

    /** Whether the reading thread still runs (it ends at the end of the sheet, at a failure or on close). */
    boolean reading() {
        return reader.isAlive();
    }

    /** Stops the reading thread (it ends after the row it is on) and waits until it has let go of the source. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                // The source may only be closed once the reader has stopped using it: keep waiting.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
