package io.customerlens.store;

import org.jdbi.v3.core.Handle;

import java.sql.SQLException;

/**
 * The database a store runs on: the embedded H2 file or a PostgreSQL team server (docs/decisions/0016). The SQL
 * is the same on both but for the few statements named here.
 */
public enum StoreVendor {
    H2,
    POSTGRESQL;

    /** The vendor behind a handle's connection. */
    static StoreVendor of(Handle handle) {
        try {
            String product = handle.getConnection().getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the store runs on", e);
        }
    }

    /**
     * The hint that makes a whole-table scan read in primary-key order. H2 otherwise fetches every row through
     * the batch index and sorts them; PostgreSQL plans the ORDER BY itself.
     */
    String scanInKeyOrder() {
        return this == H2 ? " USE INDEX ()" : "";
    }
}
