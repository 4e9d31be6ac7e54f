package io.customerlens.settings;

import java.util.Optional;

/** Where settings are kept as text: java.util.prefs in the app, a map in tests. */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
