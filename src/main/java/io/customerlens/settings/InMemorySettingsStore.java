package io.customerlens.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings that live only as long as the object, so tests and the benchmark never touch the user's preferences. */
public final class InMemorySettingsStore implements SettingsStore {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }
}
