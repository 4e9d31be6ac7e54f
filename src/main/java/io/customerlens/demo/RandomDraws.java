package io.customerlens.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** The two random draws the demo data makes again and again: one item, and a few distinct ones. */
final class RandomDraws {

    private RandomDraws() {
    }

    static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * Moves {@code count} randomly chosen, distinct items to the front of {@code items} (a partial
     * Fisher–Yates shuffle), so {@code items.subList(0, count)} is a fair draw without repeats.
     */
    static <T> void shuffleFront(List<T> items, int count, RandomGenerator random) {
        for (int i = 0; i < count; i++) {
            int j = random.nextInt(i, items.size());
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
