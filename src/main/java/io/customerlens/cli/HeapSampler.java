package io.customerlens.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap use seen while it runs, sampled every {@value #INTERVAL_MILLIS} ms from the
 * MemoryMXBean. Sampling can miss a peak shorter than the interval; heap use just before a collection
 * is what it mostly catches, which is the figure that decides whether -Xmx is enough.
 */
final class HeapSampler implements AutoCloseable {

    static final int INTERVAL_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private HeapSampler() {
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.sample();
        sampler.timer.scheduleAtFixedRate(sampler::sample, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peakBytes() {
        sample();
        return peak.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
