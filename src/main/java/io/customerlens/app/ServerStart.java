package io.customerlens.app;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.ServerRefusal;
import io.customerlens.domain.SignedIn;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.Setting;
import io.customerlens.settings.TeamServerChoice;
import io.customerlens.store.ServerRefusedException;

import java.util.Optional;
import java.util.function.Function;

/**
 * Opening the team server chosen in the settings (docs/decisions/0020), without a screen: the password from the
 * keyring or typed at start, the store opened, or why not as the key of a sentence in the user's language. A bad
 * server setting never stops the app: the user can go back to the data folder ({@link #useFolder()}).
 */
final class ServerStart {

    private static final System.Logger LOG = System.getLogger(ServerStart.class.getName());

    /** What opening the server gave. */
    sealed interface Outcome permits Opened, Refused {
    }

    /** The store is open; {@code signedIn} says who is signed in, for the status bar. */
    record Opened(AppContext context, Optional<SignedIn> signedIn) implements Outcome {
    }

    /**
     * The server could not be opened: {@code messageKey} says why in the user's words ({@code server.refused.*}),
     * {@code loginRefused} whether a new password may help.
     */
    record Refused(String messageKey, boolean loginRefused) implements Outcome {
    }

    private final AppSettings settings;
    private final PasswordKeyring keyring;
    private final Function<ServerLogin, AppContext> opener;

    /** @param opener opens a server store ({@link AppContext#onServer}) */
    ServerStart(AppSettings settings, PasswordKeyring keyring, Function<ServerLogin, AppContext> opener) {
        this.settings = settings;
        this.keyring = keyring;
        this.opener = opener;
    }

    /** The team server the settings name; empty: the data folder. */
    Optional<TeamServerChoice> chosen() {
        return settings.get(Setting.TEAM_SERVER);
    }

    /** The password kept in the keyring for the server; empty: it is asked. */
    Optional<char[]> keptPassword(TeamServerChoice server) {
        return keyring.password(server);
    }

    /** Opens the server as the chosen user with {@code password}; takes time: not on the FX thread. */
    Outcome open(TeamServerChoice server, char[] password) {
        AppContext context;
        try {
            context = opener.apply(new ServerLogin(server.url(), server.user(), password));
        } catch (ServerRefusedException e) {
            // The driver's text goes to the log only; the user reads why in their words.
            LOG.log(System.Logger.Level.WARNING, "The team server refused: " + server.user() + " @ " + server.url(), e);
            return new Refused("server.refused." + e.refusal().name(),
                    e.refusal() == ServerRefusal.LOGIN_REFUSED);
        } catch (RuntimeException e) {
            // Any other failure to open (a migration the server refuses, a broken schema): logged with its details,
            // said as "see the log"; the user can still go back to the data folder.
            LOG.log(System.Logger.Level.ERROR, "Cannot open the team server " + server.url(), e);
            return new Refused("server.refused.OTHER", false);
        }
        try {
            return new Opened(context, context.signedIn());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Back to the data folder on this computer: the server setting and its kept password are removed. */
    void useFolder() {
        chosen().ifPresent(keyring::forget);
        settings.set(Setting.TEAM_SERVER, Optional.empty());
    }
}
