package io.customerlens.service.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
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
