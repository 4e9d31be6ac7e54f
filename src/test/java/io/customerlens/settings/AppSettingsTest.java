package io.customerlens.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AppSettingsTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final AppSettings settings = new AppSettings(store);

    @Test
    void languageFollowsTheSystemUntilTheUserChooses() {
        assertThat(settings.localeChoice()).isEqualTo(LocaleChoice.SYSTEM);
        assertThat(settings.uiLocale(Locale.GERMANY)).isEqualTo(Locale.GERMANY);

        settings.set(Setting.LOCALE, LocaleChoice.ZH_CN);

        assertThat(settings.uiLocale(Locale.GERMANY)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void chosenValueIsStoredAsText() {
        settings.set(Setting.LOCALE, LocaleChoice.EN);

        assertThat(store.get("locale")).contains("EN");
        assertThat(new AppSettings(store).localeChoice()).isEqualTo(LocaleChoice.EN);
    }

    @Test
    void settingBackToTheDefaultRemovesTheStoredValue() {
        settings.set(Setting.LOCALE, LocaleChoice.EN);
        settings.set(Setting.LOCALE, LocaleChoice.SYSTEM);

        assertThat(store.get("locale")).isEmpty();
    }

    @Test
    void unreadableStoredValueFallsBackToTheDefault() {
        store.put("locale", "KLINGON");

        assertThat(settings.localeChoice()).isEqualTo(LocaleChoice.SYSTEM);
    }

    @Test
    void listenersHearChangesButNotRepeats() {
        List<LocaleChoice> heard = new ArrayList<>();
        settings.onChange(Setting.LOCALE, heard::add);

        settings.set(Setting.LOCALE, LocaleChoice.ZH_CN);
        settings.set(Setting.LOCALE, LocaleChoice.ZH_CN);
        settings.set(Setting.DATA_FOLDER, Optional.of(Path.of("/tmp/elsewhere")));

        assertThat(heard).containsExactly(LocaleChoice.ZH_CN);
    }

    @Test
    void unsubscribedListenerHearsNothingMore() {
        List<LocaleChoice> heard = new ArrayList<>();
        AppSettings.Subscription subscription = settings.onChange(Setting.LOCALE, heard::add);

        subscription.unsubscribe();
        settings.set(Setting.LOCALE, LocaleChoice.EN);

        assertThat(heard).isEmpty();
    }

    @Test
    void chosenDataFolderWinsOverTheDefaultPlace(@org.junit.jupiter.api.io.TempDir Path folder) {
        settings.set(Setting.DATA_FOLDER, Optional.of(folder));

        assertThat(settings.dataFolder()).isEqualTo(folder.toAbsolutePath());
        assertThat(store.get("dataFolder")).contains(folder.toString());
    }

    @Test
    void withoutAChoiceTheDataFolderIsTheDefaultPlace() {
        assertThat(settings.get(Setting.DATA_FOLDER)).isEmpty();
        assertThat(settings.dataFolder()).isEqualTo(DataFolder.resolve(Optional.empty()));
    }
}
