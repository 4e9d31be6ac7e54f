package io.customerlens.ui.settings;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.settings.LocaleChoice;
import io.customerlens.settings.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    @TempDir
    Path folderInUse;

    private final AppSettings settings = new AppSettings(new InMemorySettingsStore());

    @Test
    void startsFromTheStoredSettings() {
        settings.set(Setting.LOCALE, LocaleChoice.ZH_CN);

        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);

        assertThat(viewModel.languageProperty().get()).isEqualTo(LocaleChoice.ZH_CN);
        assertThat(viewModel.dataFolderProperty().get()).isEmpty();
    }

    @Test
    void nothingIsStoredUntilApplied() {
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);

        viewModel.languageProperty().set(LocaleChoice.EN);

        assertThat(settings.localeChoice()).isEqualTo(LocaleChoice.SYSTEM);
    }

    @Test
    void applyingANewLanguageTellsTheWindow() {
        List<LocaleChoice> heard = new ArrayList<>();
        settings.onChange(Setting.LOCALE, heard::add);
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);

        viewModel.languageProperty().set(LocaleChoice.EN);
        viewModel.apply();

        assertThat(heard).containsExactly(LocaleChoice.EN);
    }

    @Test
    void aNewDataFolderIsStoredForTheNextStart(@TempDir Path elsewhere) {
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);

        viewModel.dataFolderProperty().set("  " + elsewhere + "  ");
        viewModel.apply();

        assertThat(settings.get(Setting.DATA_FOLDER)).contains(elsewhere);
        assertThat(viewModel.dataFolderNeedsRestart()).isTrue();
    }

    @Test
    void blankDataFolderMeansTheDefaultPlace() {
        settings.set(Setting.DATA_FOLDER, Optional.of(folderInUse));
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);
        assertThat(viewModel.dataFolderProperty().get()).isEqualTo(folderInUse.toString());

        viewModel.useDefaultDataFolder();
        viewModel.apply();

        assertThat(settings.get(Setting.DATA_FOLDER)).isEmpty();
    }
}
