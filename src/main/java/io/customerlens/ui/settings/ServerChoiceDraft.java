package io.customerlens.ui.settings;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.Setting;
import io.customerlens.settings.TeamServerChoice;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * Where the data is, as edited in the settings dialog (docs/decisions/0020): a folder on this computer, or a team
 * server (JDBC URL, user name, password). The password goes to the OS keyring when there is one, never to the
 * settings; without a keyring it is not kept and the app asks for it at start. Used from the next start.
 */
public final class ServerChoiceDraft {

    /** The two places the data can be. */
    public enum Location { FOLDER, SERVER }

    private final PasswordKeyring keyring;
    private final Optional<TeamServerChoice> stored;
    private final ObjectProperty<Location> location = new SimpleObjectProperty<>(this, "location", Location.FOLDER);
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");

    ServerChoiceDraft(Optional<TeamServerChoice> stored, PasswordKeyring keyring) {
        this.stored = stored;
        this.keyring = keyring;
        stored.ifPresent(server -> {
            location.set(Location.SERVER);
            url.set(server.url());
            user.set(server.user());
        });
        if (stored.isEmpty()) {
            // A hint of the shape, not a value: the user types the host and database.
            url.set(TeamServerChoice.URL_PREFIX);
        }
    }

    public ObjectProperty<Location> locationProperty() {
        return location;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Typed only to be handed to the keyring; emptied when the settings are applied. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether a typed password is kept between starts (OS keyring) or asked at each start. */
    public boolean keyringAvailable() {
        return keyring.available();
    }

    /** Why the draft cannot be applied, in the user's language; empty when it can. */
    public Optional<String> problem(Messages messages) {
        if (location.get() == Location.FOLDER) {
            return Optional.empty();
        }
        String typedUrl = text(url);
        if (!typedUrl.startsWith(TeamServerChoice.URL_PREFIX) || typedUrl.length() == TeamServerChoice.URL_PREFIX.length()) {
            return Optional.of(messages.format("settings.server.problem.url", TeamServerChoice.URL_PREFIX));
        }
        if (text(user).isEmpty()) {
            return Optional.of(messages.get("settings.server.problem.user"));
        }
        return Optional.empty();
    }

    /** The server chosen; empty for the data folder. Call only when {@link #problem} is empty. */
    public Optional<TeamServerChoice> choice() {
        return location.get() == Location.FOLDER ? Optional.empty()
                : Optional.of(new TeamServerChoice(text(url), text(user)));
    }

    /**
     * Stores the choice without the password; a typed password goes to the keyring (when there is one). Going back
     * to the folder removes the password kept for the server left.
     */
    void apply(AppSettings settings) {
        Optional<TeamServerChoice> chosen = choice();
        settings.set(Setting.TEAM_SERVER, chosen);
        String typed = password.get() == null ? "" : password.get();
        password.set("");
        chosen.filter(server -> !typed.isEmpty()).ifPresent(server -> keyring.keep(server, typed.toCharArray()));
        stored.filter(server -> !chosen.equals(Optional.of(server))).ifPresent(keyring::forget);
    }

    /** Whether the stored choice differs from the one the app started with: it is used from the next start. */
    boolean changed(AppSettings settings) {
        return !settings.get(Setting.TEAM_SERVER).equals(stored);
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
