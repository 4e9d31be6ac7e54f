package io.customerlens.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesSettingsStoreTest {

    private final InMemoryPreferences node = new InMemoryPreferences();
    private final PreferencesSettingsStore store = new PreferencesSettingsStore(node);

    @Test
    void storedValueIsReadBackAndFlushedAtOnce() {
        store.put("locale", "ZH_CN");

        assertThat(store.get("locale")).contains("ZH_CN");
        assertThat(node.get("locale", null)).isEqualTo("ZH_CN");
        assertThat(node.flushes).isPositive();
    }

    @Test
    void removedValueIsGone() {
        store.put("dataFolder", "/data");
        store.remove("dataFolder");

        assertThat(store.get("dataFolder")).isEmpty();
    }

    @Test
    void typedSettingsWorkOverPreferences() {
        AppSettings settings = new AppSettings(store);

        settings.set(Setting.LOCALE, LocaleChoice.EN);

        assertThat(new AppSettings(new PreferencesSettingsStore(node)).localeChoice()).isEqualTo(LocaleChoice.EN);
    }
}
