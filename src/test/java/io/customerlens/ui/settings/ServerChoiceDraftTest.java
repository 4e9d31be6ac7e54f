package io.customerlens.ui.settings;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.AskAtStart;
import io.customerlens.settings.InMemoryKeyring;
import io.customerlens.settings.InMemoryPreferences;
import io.customerlens.settings.PreferencesSettingsStore;
import io.customerlens.settings.Setting;
import io.customerlens.settings.TeamServerChoice;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.password.StoreProtection;
import io.customerlens.ui.settings.ServerChoiceDraft.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog's data location (docs/decisions/0020): a folder or a team server, the password never stored. */
class ServerChoiceDraftTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/customerlens";
    private static final String PASSWORD = "Zh@ng-2024";

    @TempDir
    Path folderInUse;

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final AppSettings settings = new AppSettings(new PreferencesSettingsStore(preferences));
    private final InMemoryKeyring keyring = new InMemoryKeyring();

    private SettingsViewModel dialog(io.customerlens.settings.PasswordKeyring keyring) {
        return new SettingsViewModel(settings, folderInUse, StoreProtection.UNAVAILABLE, keyring);
    }

    /** Empty expected key: the draft can be applied. */
    @ParameterizedTest(name = "{0} \"{1}\" as \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "FOLDER | not a url                                  | -      | -",
            "SERVER | jdbc:postgresql://db.example:5432/customerlens | zhang  | -",
            "SERVER | '  jdbc:postgresql://h/db  '                  | ' li ' | -",
            "SERVER | jdbc:postgresql://                             | zhang  | settings.server.problem.url",
            "SERVER | jdbc:mysql://db.example/customerlens           | zhang  | settings.server.problem.url",
            "SERVER | db.example:5432/customerlens                   | zhang  | settings.server.problem.url",
            "SERVER | -                                              | zhang  | settings.server.problem.url",
            "SERVER | jdbc:postgresql://db.example:5432/customerlens | '   '  | settings.server.problem.user",
            "SERVER | jdbc:postgresql://db.example:5432/customerlens | -      | settings.server.problem.user"})
    void aServerNeedsAPostgresqlUrlAndAUser(Location location, String url, String user, String problemKey) {
        ServerChoiceDraft draft = dialog(keyring).server();
        draft.locationProperty().set(location);
        draft.urlProperty().set(url);
        draft.userProperty().set(user);

        Optional<String> expected = problemKey == null ? Optional.empty()
                : Optional.of(problemKey.endsWith("url") ? english.format(problemKey, "jdbc:postgresql://")
                : english.get(problemKey));
        assertThat(draft.problem(english)).isEqualTo(expected);
    }

    @Test
    void theServerIsStoredWithoutItsPasswordWhichGoesToTheKeyring() throws BackingStoreException {
        SettingsViewModel viewModel = dialog(keyring);
        viewModel.server().locationProperty().set(Location.SERVER);
        viewModel.server().urlProperty().set(URL);
        viewModel.server().userProperty().set("zhang");
        viewModel.server().passwordProperty().set(PASSWORD);

        viewModel.apply();

        TeamServerChoice server = new TeamServerChoice(URL, "zhang");
        assertThat(settings.get(Setting.TEAM_SERVER)).contains(server);
        assertThat(keyring.kept()).isEqualTo(Map.of(server, PASSWORD));
        assertThat(preferenceValues()).noneMatch(value -> value.contains(PASSWORD)).isNotEmpty();
        assertThat(viewModel.server().passwordProperty().get()).isEmpty();
        assertThat(viewModel.serverNeedsRestart()).isTrue();
    }

    @Test
    void withoutAKeyringThePasswordIsKeptNowhereAndAskedAtStart() throws BackingStoreException {
        SettingsViewModel viewModel = dialog(new AskAtStart());
        viewModel.server().locationProperty().set(Location.SERVER);
        viewModel.server().urlProperty().set(URL);
        viewModel.server().userProperty().set("zhang");
        viewModel.server().passwordProperty().set(PASSWORD);

        viewModel.apply();

        assertThat(viewModel.server().keyringAvailable()).isFalse();
        assertThat(settings.get(Setting.TEAM_SERVER)).contains(new TeamServerChoice(URL, "zhang"));
        assertThat(preferenceValues()).noneMatch(value -> value.contains(PASSWORD));
        assertThat(new AskAtStart().password(new TeamServerChoice(URL, "zhang"))).isEmpty();
    }

    @Test
    void theDialogOpensOnTheStoredServerWithAnEmptyPassword() {
        TeamServerChoice server = new TeamServerChoice(URL, "zhang");
        settings.set(Setting.TEAM_SERVER, Optional.of(server));
        keyring.keep(server, PASSWORD.toCharArray());

        ServerChoiceDraft draft = dialog(keyring).server();

        assertThat(draft.locationProperty().get()).isEqualTo(Location.SERVER);
        assertThat(draft.urlProperty().get()).isEqualTo(URL);
        assertThat(draft.userProperty().get()).isEqualTo("zhang");
        assertThat(draft.passwordProperty().get()).isEmpty();
    }

    @Test
    void anEmptyPasswordKeepsTheOneKeptBefore() {
        TeamServerChoice server = new TeamServerChoice(URL, "zhang");
        settings.set(Setting.TEAM_SERVER, Optional.of(server));
        keyring.keep(server, PASSWORD.toCharArray());

        SettingsViewModel viewModel = dialog(keyring);
        viewModel.apply();

        assertThat(keyring.kept()).isEqualTo(Map.of(server, PASSWORD));
        assertThat(viewModel.serverNeedsRestart()).isFalse();
    }

    @Test
    void backToTheFolderForgetsTheServerAndItsPassword() {
        TeamServerChoice server = new TeamServerChoice(URL, "zhang");
        settings.set(Setting.TEAM_SERVER, Optional.of(server));
        keyring.keep(server, PASSWORD.toCharArray());

        SettingsViewModel viewModel = dialog(keyring);
        viewModel.server().locationProperty().set(Location.FOLDER);
        viewModel.apply();

        assertThat(settings.get(Setting.TEAM_SERVER)).isEmpty();
        assertThat(keyring.kept()).isEmpty();
        assertThat(viewModel.serverNeedsRestart()).isTrue();
    }

    @Test
    void theFolderChoiceLeavesTheSettingsAsTheyWere() {
        SettingsViewModel viewModel = dialog(keyring);

        viewModel.apply();

        assertThat(settings.get(Setting.TEAM_SERVER)).isEmpty();
        assertThat(viewModel.server().urlProperty().get()).isEqualTo("jdbc:postgresql://");
        assertThat(viewModel.serverNeedsRestart()).isFalse();
    }

    @Test
    void theDataPasswordLineSaysWhyNoneCanBeSetOnATeamStoreOrBeforeAnyStoreIsOpen() {
        assertThat(new SettingsViewModel(settings, folderInUse, StoreProtection.TEAM_STORE, keyring)
                .passwordStateProperty().get()).isEqualTo("teamStore");
        assertThat(new SettingsViewModel(settings, folderInUse, StoreProtection.NOT_OPEN, keyring)
                .passwordStateProperty().get()).isEqualTo("notOpen");
        assertThat(english.get("settings.password.teamStore")).isEqualTo("Not on a team store: your login protects it.");
    }

    private List<String> preferenceValues() throws BackingStoreException {
        List<String> values = new ArrayList<>();
        for (String key : preferences.keys()) {
            values.add(key + "=" + preferences.get(key, ""));
        }
        return values;
    }
}
