package io.customerlens.service.card;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The last population-wide result and what it was computed from. The card needs the whole population's lapse
 * figures and segments (thresholds, shares, min–max) to show one customer; moving from one customer to the next
 * must not redo that. The key holds the store's revision (its latest import), so an import invalidates it.
 *
 * @param <K> what the result depends on
 * @param <V> the result
 */
final class PopulationCache<K, V> {

    private K key;
    private V value;

    /** The value for {@code key}, computed by {@code compute} unless it is the key of the last call. */
    synchronized V get(K wanted, Supplier<V> compute) {
        if (value == null || !Objects.equals(key, wanted)) {
            value = compute.get();
            key = wanted;
        }
        return value;
    }
}
