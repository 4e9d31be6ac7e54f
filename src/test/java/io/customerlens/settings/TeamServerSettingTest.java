package io.customerlens.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TeamServerSettingTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final AppSettings settings = new AppSettings(store);

    @Test
    void theServerIsStoredAsUserAndUrlAndReadBack() {
        TeamServerChoice server = new TeamServerChoice("jdbc:postgresql://db.example:5432/customerlens", "zhang");

        settings.set(Setting.TEAM_SERVER, Optional.of(server));

        assertThat(store.get("teamServer")).contains("zhang\njdbc:postgresql://db.example:5432/customerlens");
        assertThat(new AppSettings(store).get(Setting.TEAM_SERVER)).contains(server);
    }

    @Test
    void theFolderIsNoStoredValue() {
        settings.set(Setting.TEAM_SERVER, Optional.of(new TeamServerChoice("jdbc:postgresql://h/db", "li")));

        settings.set(Setting.TEAM_SERVER, Optional.empty());

        assertThat(store.get("teamServer")).isEmpty();
    }

    /** A value edited by hand, or of another shape, is the data folder: the app then starts on the folder. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://h/db",
            "zhang",
            "zhang\\njdbc:mysql://h/db",
            "\\njdbc:postgresql://h/db",
            "zhang\\njdbc:postgresql://"})
    void anUnreadableValueIsTheFolder(String stored) {
        store.put("teamServer", stored.replace("\\n", "\n"));

        assertThat(settings.get(Setting.TEAM_SERVER)).isEmpty();
    }
}
