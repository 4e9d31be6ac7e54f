package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.StorePassword;

import java.nio.file.Path;

/**
 * Opens the store in a data folder or on a team server. The application wires it (the command line may not reach
 * into the app's wiring itself); tests can open a store in a temporary folder the same way.
 */
public interface StoreSessions {

    /**
     * @param password the store's password ({@code --password-file}), {@link StorePassword#NONE} when none was given
     * @throws StoreUnavailableException when the store cannot be opened (locked by another process, damaged)
     * @throws PasswordRefusedException  when the store is encrypted and the password is missing or wrong
     */
    StoreSession open(Path dataFolder, StorePassword password);

    /** Opens a store without a password. */
    default StoreSession open(Path dataFolder) {
        return open(dataFolder, StorePassword.NONE);
    }

    /** @throws StoreUnavailableException when the server cannot be reached or refuses the login */
    StoreSession openServer(ServerLogin login);

    /** Opens the store wherever it is. */
    default StoreSession open(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Folder folder -> open(folder.path(), folder.password());
            case StoreLocation.Server server -> openServer(server.login());
        };
    }
}
