package io.customerlens.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The user's settings, typed, with defaults, observable: listeners hear every change of a setting so
 * the views can follow it. Business data never goes here; it lives in the store.
 */
public final class AppSettings {

    private final SettingsStore store;
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    public AppSettings(SettingsStore store) {
        this.store = store;
    }

    public <T> T get(Setting<T> setting) {
        return store.get(setting.key()).map(setting::read).orElse(setting.defaultValue());
    }

    /** Stores the value (the default is stored as "no value") and tells the listeners when it changed. */
    public <T> void set(Setting<T> setting, T value) {
        Objects.requireNonNull(value, "value");
        T before = get(setting);
        if (value.equals(setting.defaultValue())) {
            store.remove(setting.key());
        } else {
            store.put(setting.key(), setting.write(value));
        }
        if (!before.equals(value)) {
            notifyListeners(setting, value);
        }
    }

    /** Calls {@code onChange} with the new value after each change of {@code setting}; returns how to stop. */
    public <T> Subscription onChange(Setting<T> setting, Consumer<T> onChange) {
        Listener<T> listener = new Listener<>(setting, onChange);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public LocaleChoice localeChoice() {
        return get(Setting.LOCALE);
    }

    /** The locale the user interface uses now, given the operating system's locale. */
    public Locale uiLocale(Locale system) {
        return localeChoice().resolve(system);
    }

    /** The folder holding the store: the setting if the user chose one, else the default place. */
    public Path dataFolder() {
        return DataFolder.resolve(get(Setting.DATA_FOLDER));
    }

    private <T> void notifyListeners(Setting<T> setting, T value) {
        for (Listener<?> listener : listeners) {
            if (listener.setting().equals(setting)) {
                @SuppressWarnings("unchecked") // the listener was registered for this very setting
                Consumer<T> consumer = (Consumer<T>) listener.onChange();
                consumer.accept(value);
            }
        }
    }

    private record Listener<T>(Setting<T> setting, Consumer<T> onChange) {
    }

    /** Ends a subscription made with {@link #onChange}. */
    @FunctionalInterface
    public interface Subscription {
        void unsubscribe();
    }
}
