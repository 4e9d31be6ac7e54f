package io.customerlens.cli;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.StorePassword;

import java.nio.file.Path;

/** Where a command's store is: a data folder (the embedded store) or a team server (docs/decisions/0016). */
public sealed interface StoreLocation {

    /** The embedded store in a data folder, with its password ({@link StorePassword#NONE}: not encrypted). */
    record Folder(Path path, StorePassword password) implements StoreLocation {

        public Folder(Path path) {
            this(path, StorePassword.NONE);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** The team store on a PostgreSQL server; shown by its URL, never with the password. */
    record Server(ServerLogin login) implements StoreLocation {
        @Override
        public String toString() {
            return login.url();
        }
    }
}
