package io.customerlens.store;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * PostgreSQL only: the advisory lock that says an import is under way on a team server (docs/decisions/0019). The
 * importing session holds it from the moment its batch is recorded until the batch is complete or taken back out;
 * the server lets it go with the session, so an import whose process was killed or whose session was ended holds
 * none. The lock is keyed by a constant class and the batch id (its low 31 bits: a clash only leaves a dead import
 * for a later opening, never removes a live one).
 */
interface ImportLockRepository {

    /** The advisory lock class of imports under way ("CLim"). */
    int LOCK_CLASS = 0x434c696d;

    String KEY = LOCK_CLASS + ", CAST(MOD(:batchId, 2147483647) AS INTEGER)";

    /** Takes the lock for this session, waiting while another holds it; returns 1. */
    @SqlQuery("SELECT COUNT(*) FROM (SELECT pg_advisory_lock(" + KEY + ")) AS held")
    long lock(long batchId);

    /** Takes the lock when no session holds it. */
    @SqlQuery("SELECT pg_try_advisory_lock(" + KEY + ")")
    boolean tryLock(long batchId);

    @SqlQuery("SELECT pg_advisory_unlock(" + KEY + ")")
    boolean unlock(long batchId);

    /** Whether the batch is still recorded and incomplete: asked again once its lock is held. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM import_batch WHERE id = :batchId AND NOT complete")
    boolean stillIncomplete(long batchId);

    /**
     * Whether this login sees and may remove every sales line: the tables' owner, a superuser, a role that bypasses
     * row-level security, or a manager (docs/decisions/0016). A salesperson could not remove the lines of other
     * salespeople's customers, nor then the batch record their lines refer to.
     */
    @SqlQuery("""
            SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'MEMBER')
                OR pg_has_role(current_user, 'customerlens_manager', 'MEMBER')
            FROM pg_roles r, pg_class c
            WHERE r.rolname = current_user AND c.oid = CAST('sales_line' AS regclass)""")
    boolean seesEveryLine();
}
