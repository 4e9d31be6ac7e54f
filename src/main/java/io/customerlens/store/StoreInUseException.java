package io.customerlens.store;

import java.nio.file.Path;

/**
 * Another process (a second window, or the command line) has the store in this data folder open: H2 in file
 * mode lets one process at a time hold it (docs/decisions/0001 and 0009).
 */
public final class StoreInUseException extends RuntimeException {

    private final transient Path folder;

    StoreInUseException(Path folder, Throwable cause) {
        super("the store in " + folder + " is open in another process", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
