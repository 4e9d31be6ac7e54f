package io.customerlens.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * The operating system's keyring through java-keyring (docs/decisions/0020): the Windows credential store, the macOS
 * keychain, the freedesktop secret service (GNOME Keyring, KWallet) on Linux. Where none answers, {@link #open()}
 * gives {@link AskAtStart}; a keyring that refuses a password later is said to the caller, which asks at start.
 */
public final class OsKeyring implements PasswordKeyring {

    private static final System.Logger LOG = System.getLogger(OsKeyring.class.getName());
    /** The entry's service name in the keyring; the account is the login's user and URL. */
    private static final String SERVICE = "CustomerLens team server";

    private final Keyring keyring;

    private OsKeyring(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The OS keyring when this computer has one that answers, else the password is asked at each start. */
    public static PasswordKeyring open() {
        try {
            return new OsKeyring(Keyring.create());
        } catch (BackendNotSupportedException | LinkageError | RuntimeException e) {
            // No keyring (a server without a desktop session has no secret service): the password is asked at start.
            // The library reaches native code and D-Bus: those fail with linkage or D-Bus runtime errors, not only
            // with its own exception. Said in the log, not hidden: the settings dialog says the password is asked.
            LOG.log(System.Logger.Level.INFO, "No OS keyring; a team server's password is asked at start", e);
            return new AskAtStart();
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<char[]> password(TeamServerChoice server) {
        try {
            String kept = keyring.getPassword(SERVICE, account(server));
            return kept == null || kept.isEmpty() ? Optional.empty() : Optional.of(kept.toCharArray());
        } catch (PasswordAccessException | RuntimeException e) {
            // None kept, or the keyring is locked or gone: the app asks for the password.
            LOG.log(System.Logger.Level.INFO, "No password in the OS keyring for " + account(server), e);
            return Optional.empty();
        }
    }

    @Override
    public boolean keep(TeamServerChoice server, char[] password) {
        try {
            keyring.setPassword(SERVICE, account(server), new String(password));
            return true;
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The OS keyring did not keep the password for " + account(server), e);
            return false;
        }
    }

    @Override
    public void forget(TeamServerChoice server) {
        try {
            keyring.deletePassword(SERVICE, account(server));
        } catch (PasswordAccessException | RuntimeException e) {
            // Nothing was kept for it (the usual case), or the keyring is gone: there is nothing to remove.
            LOG.log(System.Logger.Level.DEBUG, "No password to remove for " + account(server), e);
        }
    }

    private static String account(TeamServerChoice server) {
        return server.user() + " @ " + server.url();
    }
}
