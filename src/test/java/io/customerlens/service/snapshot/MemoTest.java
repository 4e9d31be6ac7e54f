package io.customerlens.service.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoTest {

    @Test
    void aResultIsComputedOncePerKey() {
        Memo memo = new Memo(4);
        AtomicInteger runs = new AtomicInteger();

        String first = memo.get(List.of("lapse", 3), () -> "report " + runs.incrementAndGet());
        String again = memo.get(List.of("lapse", 3), () -> "report " + runs.incrementAndGet());
        String other = memo.get(List.of("lapse", 6), () -> "report " + runs.incrementAndGet());

        assertThat(first).isSameAs(again).isEqualTo("report 1");
        assertThat(other).isEqualTo("report 2");
    }

    @Test
    void aFailureIsThrownAsItIsAndNotKept() {
        Memo memo = new Memo(4);
        IllegalArgumentException failure = new IllegalArgumentException("bad window");

        assertThatThrownBy(() -> memo.get("k", () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(memo.get("k", () -> "computed after all")).isEqualTo("computed after all");
    }

    /*
     * The warm-up learning N = 3 is cancelled (N changed) while the card waits for the same result: the card was not
     * cancelled, so it computes the result itself instead of failing with the warm-up's cancellation.
     */
    @Test
    void aCallerWaitingOnACancelledComputationComputesItItself() throws Exception {
        Memo memo = new Memo(4);
        CountDownLatch ownerStarted = new CountDownLatch(1);
        CountDownLatch waiterWaits = new CountDownLatch(1);
        AtomicReference<Object> ownerOutcome = new AtomicReference<>();
        Thread owner = new Thread(() -> {
            try {
                memo.get("risk", () -> {
                    ownerStarted.countDown();
                    awaitQuietly(waiterWaits);
                    throw new CancellationException("N changed");
                });
            } catch (CancellationException e) {
                ownerOutcome.set(e);
            }
        });
        owner.start();
        assertThat(ownerStarted.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<String> waiterResult = new AtomicReference<>();
        Thread waiter = new Thread(() -> waiterResult.set(memo.get("risk", () -> "computed by the card")));
        waiter.start();
        // The waiter is parked on the owner's computation (FutureTask.get) before the owner is cancelled.
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        waiterWaits.countDown();
        owner.join(10_000);
        waiter.join(10_000);

        assertThat(ownerOutcome.get()).isInstanceOf(CancellationException.class);
        assertThat(waiterResult.get()).isEqualTo("computed by the card");
        assertThat((String) memo.get("risk", () -> "not again")).isEqualTo("computed by the card");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theLeastRecentlyUsedResultGoesBeyondCapacity() {
        Memo memo = new Memo(2);
        AtomicInteger runs = new AtomicInteger();
        memo.get("a", runs::incrementAndGet);
        memo.get("b", runs::incrementAndGet);
        memo.get("a", runs::incrementAndGet);
        memo.get("c", runs::incrementAndGet);

        assertThat(memo.size()).isEqualTo(2);
        assertThat((int) memo.get("a", runs::incrementAndGet)).isEqualTo(1);
        assertThat((int) memo.get("b", runs::incrementAndGet)).as("b was evicted and computed again").isEqualTo(4);
    }

    @Test
    void identityKeysMatchOnlyTheSameObject() {
        List<String> data = List.of("x");
        assertThat(new Identity(data)).isEqualTo(new Identity(data));
        assertThat(new Identity(data)).isNotEqualTo(new Identity(List.of("x")));
    }
}
