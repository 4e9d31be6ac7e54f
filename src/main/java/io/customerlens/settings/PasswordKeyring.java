package io.customerlens.settings;

import java.util.Optional;

/**
 * Where the password of a team server's login is kept between starts: the operating system's keyring where there is
 * one (docs/decisions/0020), never the preferences. Without a keyring nothing is kept and the app asks at start.
 */
public interface PasswordKeyring {

    /** Whether passwords can be kept here; false: the app asks for the password at each start. */
    boolean available();

    /** The password kept for the server's login, if any. */
    Optional<char[]> password(TeamServerChoice server);

    /**
     * Keeps the password for the server's login.
     *
     * @return whether it was kept; false when the keyring is unavailable or refused it (the app then asks at start)
     */
    boolean keep(TeamServerChoice server, char[] password);

    /** Removes the password kept for the server's login, if any (the user chose the data folder again). */
    void forget(TeamServerChoice server);
}
