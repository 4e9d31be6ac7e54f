package io.customerlens.cli;

import java.nio.file.Path;

/**
 * Opens the store in a data folder. The application wires it (the command line may not reach into the
 * app's wiring itself); tests can open a store in a temporary folder the same way.
 */
@FunctionalInterface
public interface StoreSessions {

    /** @throws StoreUnavailableException when the store cannot be opened (locked by another process, damaged) */
    StoreSession open(Path dataFolder);
}
