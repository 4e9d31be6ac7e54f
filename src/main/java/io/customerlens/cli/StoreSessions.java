package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;

import java.nio.file.Path;

/**
 * Opens the store in a data folder or on a team server. The application wires it (the command line may not reach
 * into the app's wiring itself); tests can open a store in a temporary folder the same way.
 */
public interface StoreSessions {

    /** @throws StoreUnavailableException when the store cannot be opened (locked by another process, damaged) */
    StoreSession open(Path dataFolder);

    /** @throws StoreUnavailableException when the server cannot be reached or refuses the login */
    StoreSession openServer(ServerLogin login);

    /** Opens the store wherever it is. */
    default StoreSession open(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder folder -> open(folder.path());
            case StoreLocation.Server server -> openServer(server.login());
        };
    }
}
