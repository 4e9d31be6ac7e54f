package io.customerlens.cli;

import java.nio.file.Path;

/** The store in a data folder cannot be opened: another process holds it, or the file is damaged. */
public class StoreUnavailableException extends RuntimeException {

    private final Path dataFolder;
    private final boolean inUse;

    /** @param inUse whether another process (a window, another command) has the store open */
    public StoreUnavailableException(Path dataFolder, boolean inUse, Throwable cause) {
        super((inUse ? "the store is open in another process: " : "cannot open the store in ") + dataFolder, cause);
        this.dataFolder = dataFolder;
        this.inUse = inUse;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public boolean inUse() {
        return inUse;
    }
}
