package io.customerlens.cli;

import io.customerlens.domain.ServerRefusal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store cannot be opened: another process holds the store in a data folder, its file is damaged, or the team
 * server cannot be reached or refuses the login.
 */
public class StoreUnavailableException extends RuntimeException {

    private final String location;
    private final boolean inUse;
    private final Optional<ServerRefusal> refusal;

    /** @param inUse whether another process (a window, another command) has the store open */
    public StoreUnavailableException(Path dataFolder, boolean inUse, Throwable cause) {
        this(dataFolder.toString(), inUse, cause);
    }

    /** A team server's store, named by its URL, that cannot be opened for an unforeseen reason. */
    public StoreUnavailableException(String serverUrl, Throwable cause) {
        this(serverUrl, false, Optional.empty(), cause);
    }

    /** A team server's store, named by its URL, that refused for a reason the user can act on. */
    public StoreUnavailableException(String serverUrl, ServerRefusal refusal, Throwable cause) {
        this(serverUrl, false, Optional.of(refusal), cause);
    }

    private StoreUnavailableException(String location, boolean inUse, Throwable cause) {
        this(location, inUse, Optional.empty(), cause);
    }

    private StoreUnavailableException(String location, boolean inUse, Optional<ServerRefusal> refusal,
                                      Throwable cause) {
        super((inUse ? "the store is open in another process: " : "cannot open the store in ") + location, cause);
        this.location = location;
        this.inUse = inUse;
        this.refusal = refusal;
    }

    /** Why the team server refused, when it is a reason the user can act on. */
    public Optional<ServerRefusal> refusal() {
        return refusal;
    }

    /** The data folder or the server's URL. */
    public String location() {
        return location;
    }

    public boolean inUse() {
        return inUse;
    }
}
