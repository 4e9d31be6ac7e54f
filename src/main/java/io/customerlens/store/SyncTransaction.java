package io.customerlens.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One side of a sync (docs/decisions/0019): a single transaction on one store, committed only by {@link #commit()}.
 * Closing it without a commit rolls everything back, so a sync that fails half way leaves that store as it was.
 */
public final class SyncTransaction implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncTransaction.class);

    private final Handle handle;
    private final StoreVendor vendor;
    private final boolean readOnly;
    private boolean committed;

    private SyncTransaction(Handle handle, StoreVendor vendor, boolean readOnly) {
        this.handle = handle;
        this.vendor = vendor;
        this.readOnly = readOnly;
    }

    /**
     * Begins the transaction. {@code snapshot}: the side is only read, and every table it reads must be of one
     * moment (a server keeps changing while a pull reads its tables one after another).
     */
    public static SyncTransaction begin(Database database, boolean snapshot) {
        if (!snapshot) {
            database.requireWritable();
        }
        Handle handle = database.jdbi().open();
        try {
            handle.begin();
            if (snapshot && database.vendor() == StoreVendor.POSTGRESQL) {
                // For this transaction only: the pooled connection keeps its usual level afterwards.
                handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return new SyncTransaction(handle, database.vendor(), snapshot);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    Handle handle() {
        return handle;
    }

    StoreVendor vendor() {
        return vendor;
    }

    public void commit() {
        handle.commit();
        committed = true;
    }

    @Override
    public void close() {
        if (readOnly) {
            closeReadOnly();
            return;
        }
        try {
            if (!committed && handle.isInTransaction()) {
                handle.rollback();
            }
        } finally {
            handle.close();
        }
    }

    /**
     * The side that was only read wrote nothing, so there is nothing to undo: if its connection has gone by now (the
     * server stopped after the other side committed), ending it must not turn a finished sync into a failed one.
     */
    private void closeReadOnly() {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
            handle.close();
        } catch (JdbiException gone) {
            LOG.warn("the read-only side of a sync could not be ended cleanly; nothing was written there", gone);
        }
    }
}
