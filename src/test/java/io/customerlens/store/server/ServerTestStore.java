package io.customerlens.store.server;

import io.customerlens.store.Database;
import io.customerlens.domain.ServerLogin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stores on the test cluster: one database per folder, named after the folder's path, created when first opened. */
final class ServerTestStore implements TestStore {

    /** A database migrated once per run, which every test database copies. */
    static final String TEMPLATE = "migrated_template";

    private final PostgresCluster cluster;

    ServerTestStore(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    /** Creates and migrates the template every test database copies; called once, when the cluster starts. */
    static void prepareTemplate(PostgresCluster cluster) {
        cluster.createDatabase(TEMPLATE);
        Database.openServer(cluster.admin(TEMPLATE)).close();
    }

    @Override
    public Database open(Path folder) {
        return Database.openServer(login(folder));
    }

    /** The superuser's login to the folder's database, created when new. */
    ServerLogin login(Path folder) {
        String name = databaseName(folder);
        cluster.createDatabase(name, TEMPLATE);
        return cluster.admin(name);
    }

    @Override
    public boolean isServer() {
        return true;
    }

    static String databaseName(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "store_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
