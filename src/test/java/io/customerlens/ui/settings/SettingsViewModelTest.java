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

    @Test
    void analysisChoicesAreStoredOnApplyAndResetBringsBackTheDefaults() {
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);
        viewModel.analysis().lapseMonthsProperty().set(6);
        viewModel.analysis().tierAProperty().set(70);
        viewModel.analysis().taskCapacityProperty().set(20);
        viewModel.analysis().bcgUnitProperty().set(io.customerlens.analysis.products.BcgUnit.CATEGORY);

        assertThat(settings.get(Setting.ANALYSIS)).as("nothing before apply")
                .isEqualTo(io.customerlens.settings.AnalysisSettings.DEFAULTS);
        viewModel.apply();

        var stored = settings.get(Setting.ANALYSIS);
        assertThat(stored.lapseWindow().months()).isEqualTo(6);
        assertThat(stored.tiers().a()).isEqualTo(0.70);
        assertThat(stored.tiers().b()).isEqualTo(0.95);
        assertThat(stored.taskCapacity()).isEqualTo(20);
        assertThat(stored.bcgUnit()).contains(io.customerlens.analysis.products.BcgUnit.CATEGORY);

        SettingsViewModel again = new SettingsViewModel(settings, folderInUse);
        assertThat(again.analysis().tierAProperty().get()).isEqualTo(70);
        again.analysis().resetToDefaults();
        assertThat(again.analysis().lapseMonthsProperty().get()).isEqualTo(3);
        again.apply();

        assertThat(settings.get(Setting.ANALYSIS)).isEqualTo(io.customerlens.settings.AnalysisSettings.DEFAULTS);
    }

    @Test
    void untouchedAnalysisChoicesStayExactlyAsStored() {
        var weights = io.customerlens.analysis.segments.KeyAccountWeights.DEFAULT
                .with(io.customerlens.analysis.segments.KeyAccountCriterion.MARGIN, 0);
        settings.set(Setting.ANALYSIS, io.customerlens.settings.AnalysisSettings.DEFAULTS.withWeights(weights));

        new SettingsViewModel(settings, folderInUse).apply();

        assertThat(settings.get(Setting.ANALYSIS).weights()).as("44.44 … not rounded to 44 …").isEqualTo(weights);
    }

    @Test
    void weightsThatDoNotAddUpTo100AreNamed() {
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);
        viewModel.analysis().weightProperty(io.customerlens.analysis.segments.KeyAccountCriterion.TENURE).set(10);

        assertThat(viewModel.analysis().problem(io.customerlens.ui.common.Messages.forLocale(java.util.Locale.ENGLISH)))
                .contains("The key-account weights add up to 105%, not 100%.");
    }

    @Test
    void figureChoicesAreStoredWhenApplied() {
        SettingsViewModel viewModel = new SettingsViewModel(settings, folderInUse);
        assertThat(viewModel.amountsInWanProperty().get()).isFalse();
        assertThat(viewModel.risingRedProperty().get()).isFalse();

        viewModel.amountsInWanProperty().set(true);
        viewModel.risingRedProperty().set(true);
        assertThat(settings.get(Setting.FIGURES)).isEqualTo(io.customerlens.settings.FigureStyle.PLAIN);
        viewModel.apply();

        assertThat(settings.get(Setting.FIGURES)).isEqualTo(new io.customerlens.settings.FigureStyle(true, true));
        assertThat(new SettingsViewModel(settings, folderInUse).amountsInWanProperty().get()).isTrue();
    }

    @Test
    void aChosenPasswordIsSetOnlyWhenAppliedAndNeverStoredInTheSettings() {
        List<io.customerlens.domain.StorePassword> changes = new ArrayList<>();
        io.customerlens.ui.password.StoreProtection plainStore = new io.customerlens.ui.password.StoreProtection() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public boolean encrypted() {
                return false;
            }

            @Override
            public boolean matches(io.customerlens.domain.StorePassword candidate) {
                return false;
            }

            @Override
            public void change(io.customerlens.domain.StorePassword next) {
                changes.add(next);
            }
        };
        List<String> written = new ArrayList<>();
        InMemorySettingsStore memory = new InMemorySettingsStore();
        AppSettings recorded = new AppSettings(new io.customerlens.settings.SettingsStore() {
            @Override
            public Optional<String> get(String key) {
                return memory.get(key);
            }

            @Override
            public void put(String key, String value) {
                written.add(value);
                memory.put(key, value);
            }

            @Override
            public void remove(String key) {
                memory.remove(key);
            }
        });
        SettingsViewModel viewModel = new SettingsViewModel(recorded, folderInUse, plainStore);
        assertThat(viewModel.passwordStateProperty().get()).isEqualTo("off");

        viewModel.choosePassword(io.customerlens.domain.StorePassword.of("long enough"));
        assertThat(viewModel.passwordStateProperty().get()).isEqualTo("setPending");
        assertThat(changes).isEmpty();
        // Something else is applied too, so the settings are written.
        viewModel.languageProperty().set(LocaleChoice.EN);
        viewModel.apply();

        assertThat(changes).singleElement().satisfies(next ->
                assertThat(next.matches(io.customerlens.domain.StorePassword.of("long enough"))).isTrue());
        assertThat(written).isNotEmpty().noneMatch(value -> value.contains("long enough"));
    }
}
