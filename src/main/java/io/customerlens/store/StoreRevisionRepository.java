package io.customerlens.store;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The store's revision (V5): raised in the same transaction as every change to the visible sales lines, so the
 * analysis snapshot knows when to read again. An import and an undone import each raise it by one.
 */
interface StoreRevisionRepository {

    @SqlQuery("SELECT revision FROM store_revision WHERE id = 1")
    long revision();

    @SqlUpdate("UPDATE store_revision SET revision = revision + 1 WHERE id = 1")
    int raise();
}
