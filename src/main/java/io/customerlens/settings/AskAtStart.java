package io.customerlens.settings;

import java.util.Optional;

/** No keyring on this computer: no password is kept, the app asks for it at each start (docs/decisions/0020). */
public final class AskAtStart implements PasswordKeyring {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Optional<char[]> password(TeamServerChoice server) {
        return Optional.empty();
    }

    @Override
    public boolean keep(TeamServerChoice server, char[] password) {
        return false;
    }

    @Override
    public void forget(TeamServerChoice server) {
        // Nothing was kept.
    }
}
