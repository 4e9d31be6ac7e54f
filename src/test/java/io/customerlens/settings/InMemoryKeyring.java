package io.customerlens.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keyring held in memory, so tests never reach the computer's keyring; {@code available} as the test needs. */
public final class InMemoryKeyring implements PasswordKeyring {

    private final Map<TeamServerChoice, String> kept = new HashMap<>();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<char[]> password(TeamServerChoice server) {
        return Optional.ofNullable(kept.get(server)).map(String::toCharArray);
    }

    @Override
    public boolean keep(TeamServerChoice server, char[] password) {
        kept.put(server, new String(password));
        return true;
    }

    @Override
    public void forget(TeamServerChoice server) {
        kept.remove(server);
    }

    /** What the keyring holds, server by server. */
    public Map<TeamServerChoice, String> kept() {
        return Map.copyOf(kept);
    }
}
