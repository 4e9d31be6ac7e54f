package io.customerlens.store.server;

import io.customerlens.store.Database;

import java.nio.file.Path;

/**
 * A kind of store a test runs against: the embedded H2 file or a PostgreSQL server. Opening the same folder
 * again opens the same store, on either kind, so tests that close and reopen a store read as they did.
 */
public interface TestStore {

    /** Opens (creating when new) the store that belongs to {@code folder}. */
    Database open(Path folder);

    /** Whether this is the PostgreSQL server. */
    boolean isServer();

    /** The embedded H2 store in the folder itself. */
    static TestStore h2() {
        return new TestStore() {
            @Override
            public Database open(Path folder) {
                return Database.open(folder);
            }

            @Override
            public boolean isServer() {
                return false;
            }

            @Override
            public String toString() {
                return "H2";
            }
        };
    }
}
