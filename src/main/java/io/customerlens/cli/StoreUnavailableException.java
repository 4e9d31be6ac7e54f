package io.customerlens.cli;

import java.nio.file.Path;

/**
 * The store cannot be opened: another process holds the store in a data folder, its file is damaged, or the team
 * server cannot be reached or refuses the login.
 */
public class StoreUnavailableException extends RuntimeException {

    private final String location;
    private final boolean inUse;

    /** @param inUse whether another process (a window, another command) has the store open */
    public StoreUnavailableException(Path dataFolder, boolean inUse, Throwable cause) {
        this(dataFolder.toString(), inUse, cause);
    }

    /** A team server's store, named by its URL, that cannot be opened. */
    public StoreUnavailableException(String serverUrl, Throwable cause) {
        this(serverUrl, false, cause);
    }

    private StoreUnavailableException(String location, boolean inUse, Throwable cause) {
        super((inUse ? "the store is open in another process: " : "cannot open the store in ") + location, cause);
        this.location = location;
        this.inUse = inUse;
    }

    /** The data folder or the server's URL. */
    public String location() {
        return location;
    }

    public boolean inUse() {
        return inUse;
    }
}
