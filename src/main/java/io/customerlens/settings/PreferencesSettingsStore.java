package io.customerlens.settings;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in a java.util.prefs node (the registry on Windows, ~/.java on Linux, a plist on macOS). */
public final class PreferencesSettingsStore implements SettingsStore {

    /** The node the application uses; tests pass their own node instead. */
    public static Preferences applicationNode() {
        return Preferences.userRoot().node("io/customerlens");
    }

    private final Preferences node;

    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        flush();
    }

    @Override
    public void remove(String key) {
        node.remove(key);
        flush();
    }

    // Written at once so a setting survives a crash or a kill of the app right after the change.
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new SettingsUnavailableException("Cannot save settings in " + node.absolutePath(), e);
        }
    }
}
