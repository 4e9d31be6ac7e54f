package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;

/**
 * The store's password as the settings dialog may change it (docs/decisions/0015). The app implements it: it knows
 * the password the store was opened with (in memory only), and changing it closes the window and the store,
 * rewrites the store file and opens it again. The settings dialog asks for the change once the user applies.
 */
public interface StoreProtection {

    /** For a read-only copy and for tests: no password can be set here. */
    StoreProtection UNAVAILABLE = new Unavailable("unavailable");

    /** A team store on a server: its logins protect it, the data password is an embedded file's (0020). */
    StoreProtection TEAM_STORE = new Unavailable("teamStore");

    /** No store is open yet (the settings asked for at start, before the team server opens). */
    StoreProtection NOT_OPEN = new Unavailable("notOpen");

    /** Why no password can be set, as the key suffix of the settings dialog's line; used when not available. */
    default String unavailableKey() {
        return "unavailable";
    }

    /** A store on which no password can be set; {@code stateKey} says why. */
    record Unavailable(String stateKey) implements StoreProtection {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean encrypted() {
            return false;
        }

        @Override
        public boolean matches(StorePassword candidate) {
            return false;
        }

        @Override
        public void change(StorePassword next) {
            throw new IllegalStateException("no password can be set on this store");
        }

        @Override
        public String unavailableKey() {
            return stateKey;
        }
    }

    /** Whether the password can be set or changed here (not on a read-only copy). */
    boolean available();

    /** Whether the store is encrypted now. */
    boolean encrypted();

    /** Whether {@code candidate} is the password the store was opened with. */
    boolean matches(StorePassword candidate);

    /** Gives the store the password {@code next}; {@link StorePassword#NONE} removes it. Returns at once. */
    void change(StorePassword next);
}
