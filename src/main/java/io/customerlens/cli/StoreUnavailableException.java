package io.customerlens.cli;

import java.nio.file.Path;

/** The store in a data folder cannot be opened: another process holds it, or the file is damaged. */
public class StoreUnavailableException extends RuntimeException {

    private final Path dataFolder;

    public StoreUnavailableException(Path dataFolder, Throwable cause) {
        super("cannot open the store in " + dataFolder, cause);
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() {
        return dataFolder;
    }
}
