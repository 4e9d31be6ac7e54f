package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.customerlens.importer.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows read on a second thread come out as the source gave them, its failure included, and the thread stops. */
class PrefetchedRowsTest {

    /** Rows 1..count, each holding its own number as text, read by whichever thread calls the iterator. */
    private static final class CountingSource implements Iterator<RawRow> {
        private final int count;
        private final int failAfter;
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicReference<String> readingThread = new AtomicReference<>();

        CountingSource(int count, int failAfter) {
            this.count = count;
            this.failAfter = failAfter;
        }

        @Override
        public boolean hasNext() {
            readingThread.set(Thread.currentThread().getName());
            if (read.get() == failAfter) {
                throw new UncheckedIOException(new IOException("sheet damaged after row " + failAfter));
            }
            return read.get() < count;
        }

        @Override
        public RawRow next() {
            int number = read.incrementAndGet();
            return row(number, String.valueOf(number));
        }
    }

    private static List<Integer> drain(Iterator<RawRow> rows) {
        List<Integer> numbers = new ArrayList<>();
        while (rows.hasNext()) {
            RawRow row = rows.next();
            assertThat(row.cell(0).text()).isEqualTo(String.valueOf(row.rowNumber()));
            numbers.add(row.rowNumber());
        }
        return numbers;
    }

    @Test
    void everyRowComesOutOnceInTheSourcesOrderAcrossBlocks() {
        // 2.5 blocks: a full block, another, and a last partial one
        int count = PrefetchedRows.BLOCK_ROWS * 5 / 2;
        CountingSource source = new CountingSource(count, -1);
        List<Integer> numbers;
        try (PrefetchedRows rows = PrefetchedRows.start(source)) {
            numbers = drain(rows);
            assertThat(rows.hasNext()).isFalse();
            assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(numbers).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        assertThat(source.readingThread.get()).isEqualTo("customerlens-sheet-reader");
    }

    @Test
    void anEmptySourceHasNoRow() {
        try (PrefetchedRows rows = PrefetchedRows.start(new CountingSource(0, -1))) {
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void theSourcesFailureComesOutAfterEveryRowReadBeforeIt() {
        int failAfter = PrefetchedRows.BLOCK_ROWS + 7;
        List<Integer> numbers = new ArrayList<>();
        try (PrefetchedRows rows = PrefetchedRows.start(new CountingSource(10 * PrefetchedRows.BLOCK_ROWS, failAfter))) {
            assertThatThrownBy(() -> {
                while (rows.hasNext()) {
                    numbers.add(rows.next().rowNumber());
                }
            }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("sheet damaged after row " + failAfter);
        }
        assertThat(numbers).hasSize(failAfter).endsWith(failAfter);
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThreadSoonAfterItsQueueIsFull() {
        int count = 1_000 * PrefetchedRows.BLOCK_ROWS;
        CountingSource source = new CountingSource(count, -1);
        PrefetchedRows rows = PrefetchedRows.start(source);
        assertThat(rows.next().rowNumber()).isEqualTo(1);
        rows.close();
        assertThat(rows.reading()).isFalse();
        int readWhenClosed = source.read.get();
        // the queue's blocks, the one being taken and the one being filled: nothing near the whole sheet
        assertThat(readWhenClosed).isLessThanOrEqualTo((PrefetchedRows.BLOCKS_AHEAD + 2) * PrefetchedRows.BLOCK_ROWS);
        assertThat(source.read.get()).isEqualTo(readWhenClosed);
    }
}
