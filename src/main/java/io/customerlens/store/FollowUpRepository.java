package io.customerlens.store;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.sqlobject.SqlObject;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Stored follow-up tasks with their outcomes. Enums are stored by name. */
public interface FollowUpRepository extends SqlObject {

    String SELECT = """
            SELECT t.id, t.customer_key, t.reason, t.reason_detail, t.channel, t.due_date, t.priority, t.status,
                   t.snoozed_until, t.created_at, t.completed_at, t.value_at_stake, t.notes, t.parent_id,
                   t.basis_as_of, o.task_id AS outcome_task, o.reached, o.reason_code, o.promised_date,
                   o.contacted_on, o.notes AS outcome_notes
            FROM follow_up_task t LEFT JOIN follow_up_outcome o ON o.task_id = t.id""";

    default long insert(FollowUpDraft draft, Instant created) {
        return getHandle().createUpdate("""
                        INSERT INTO follow_up_task (customer_key, reason, reason_detail, channel, due_date, priority,
                                                    status, created_at, value_at_stake, notes, parent_id, basis_as_of)
                        VALUES (:key, :reason, :detail, :channel, :due, :priority, :status, :created, :value, :notes,
                                :parent, :basis)""")
                .bind("key", draft.customerKey())
                .bind("reason", draft.reason().name())
                .bind("detail", draft.detail())
                .bind("channel", draft.channel().name())
                .bind("due", draft.due())
                .bind("priority", draft.priority())
                .bind("status", FollowUpStatus.OPEN.name())
                .bind("created", created.atOffset(java.time.ZoneOffset.UTC))
                .bind("value", draft.valueAtStake())
                .bind("notes", draft.notes())
                .bind("parent", draft.parentId())
                .bind("basis", draft.basisAsOf())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    default List<FollowUpTask> findAll() {
        return getHandle().createQuery(SELECT + " ORDER BY t.id").map(FollowUpRepository::task).list();
    }

    default Optional<FollowUpTask> find(long id) {
        return getHandle().createQuery(SELECT + " WHERE t.id = ?").bind(0, id).map(FollowUpRepository::task).findOne();
    }

    /** Sets status, snoozed-until and completed time together, as one state change. */
    default int updateStatus(long id, FollowUpStatus status, LocalDate snoozedUntil, Instant completed) {
        return getHandle().createUpdate(
                        "UPDATE follow_up_task SET status = ?, snoozed_until = ?, completed_at = ? WHERE id = ?")
                .bind(0, status.name())
                .bind(1, snoozedUntil)
                .bind(2, completed == null ? null : completed.atOffset(java.time.ZoneOffset.UTC))
                .bind(3, id)
                .execute();
    }

    default int updateDue(long id, LocalDate due) {
        return getHandle().createUpdate("UPDATE follow_up_task SET due_date = ? WHERE id = ?")
                .bind(0, due).bind(1, id).execute();
    }

    default int updateNotes(long id, String notes) {
        return getHandle().createUpdate("UPDATE follow_up_task SET notes = ? WHERE id = ?")
                .bind(0, notes).bind(1, id).execute();
    }

    default void saveOutcome(long taskId, FollowUpOutcome outcome) {
        getHandle().createUpdate("""
                        MERGE INTO follow_up_outcome t
                        USING (SELECT CAST(? AS BIGINT) AS task_id, CAST(? AS BOOLEAN) AS reached,
                                      CAST(? AS VARCHAR(40)) AS reason_code, CAST(? AS DATE) AS promised_date,
                                      CAST(? AS DATE) AS contacted_on, CAST(? AS VARCHAR(10000)) AS notes) s
                        ON t.task_id = s.task_id
                        WHEN MATCHED THEN UPDATE SET reached = s.reached, reason_code = s.reason_code,
                            promised_date = s.promised_date, contacted_on = s.contacted_on, notes = s.notes
                        WHEN NOT MATCHED THEN INSERT (task_id, reached, reason_code, promised_date, contacted_on, notes)
                            VALUES (s.task_id, s.reached, s.reason_code, s.promised_date, s.contacted_on, s.notes)""")
                .bind(0, taskId)
                .bind(1, outcome.reached())
                .bind(2, outcome.reason() == null ? null : outcome.reason().name())
                .bind(3, outcome.promisedDate())
                .bind(4, outcome.contactedOn())
                .bind(5, outcome.notes())
                .execute();
    }

    /** The task's owner on a team server (V8); empty on the embedded store or for a task nobody owns yet. */
    default Optional<String> owner(long taskId) {
        return getHandle().createQuery("SELECT owner FROM follow_up_task WHERE id = ?").bind(0, taskId)
                .mapTo(String.class).findOne();
    }

    /** Every task's owner on a team server (V8), by task id; empty on the embedded store. */
    default java.util.Map<Long, String> owners() {
        java.util.Map<Long, String> owners = new java.util.HashMap<>();
        getHandle().createQuery("SELECT id, owner FROM follow_up_task WHERE owner IS NOT NULL")
                .map((row, context) -> java.util.Map.entry(row.getLong("id"), row.getString("owner")))
                .forEach(entry -> owners.put(entry.getKey(), entry.getValue()));
        return owners;
    }

    /** The login that works each salesperson's customers (salesperson_role, V7); empty on the embedded store. */
    default java.util.Map<String, String> loginBySalesperson() {
        java.util.Map<String, String> logins = new java.util.HashMap<>();
        getHandle().createQuery("SELECT salesperson, role_name FROM salesperson_role")
                .map((row, context) -> java.util.Map.entry(row.getString("salesperson"), row.getString("role_name")))
                .forEach(entry -> logins.put(entry.getKey(), entry.getValue()));
        return logins;
    }

    /** Gives the task to another login; 0 when the task is unknown or not the signed-in login's to change. */
    default int reassign(long taskId, String owner) {
        return getHandle().createUpdate("UPDATE follow_up_task SET owner = ? WHERE id = ?")
                .bind(0, owner).bind(1, taskId).execute();
    }

    /**
     * Whether the signed-in server login is a salesperson's and not a manager's (docs/decisions/0016): such a login
     * cannot give its tasks to others. The store's owner (the login that ran {@code team init}) is neither.
     */
    default boolean signedInAsSalesperson() {
        return getHandle().createQuery("""
                        SELECT pg_has_role(current_user, 'customerlens_salesperson', 'MEMBER')
                               AND NOT pg_has_role(current_user, 'customerlens_manager', 'MEMBER')""")
                .mapTo(Boolean.class).one();
    }

    /** Every task with its outcome and what a sync needs of it (docs/decisions/0019), by id. */
    default List<SyncedTask> findForSync() {
        return getHandle().createQuery("""
                        SELECT t.id, t.customer_key, t.reason, t.reason_detail, t.channel, t.due_date, t.priority,
                               t.status, t.snoozed_until, t.created_at, t.completed_at, t.value_at_stake, t.notes,
                               t.parent_id, t.basis_as_of, o.task_id AS outcome_task, o.reached, o.reason_code,
                               o.promised_date, o.contacted_on, o.notes AS outcome_notes,
                               t.sync_key, t.owner, t.on_server, p.sync_key AS parent_key
                        FROM follow_up_task t LEFT JOIN follow_up_outcome o ON o.task_id = t.id
                        LEFT JOIN follow_up_task p ON p.id = t.parent_id
                        ORDER BY t.id""")
                .map((row, context) -> new SyncedTask(task(row, context), row.getString("sync_key"),
                        row.getString("parent_key"), row.getString("owner"), row.getBoolean("on_server")))
                .list();
    }

    /**
     * Stores a task copied from another store under its own sync key. {@code owner} null lets a server's trigger
     * choose it (V8).
     */
    default long insertSynced(SyncedTask synced, Long parentId, String owner, boolean onServer) {
        Update insert = getHandle().createUpdate("""
                        INSERT INTO follow_up_task (customer_key, reason, reason_detail, channel, due_date, priority,
                                                    status, snoozed_until, created_at, completed_at, value_at_stake,
                                                    notes, parent_id, basis_as_of, owner, sync_key, on_server)
                        VALUES (:key, :reason, :detail, :channel, :due, :priority, :status, :snoozed, :created,
                                :completed, :value, :notes, :parent, :basis, :owner, :syncKey, :onServer)""");
        return bindTaskFields(insert, synced.task(), parentId, owner)
                .bind("syncKey", synced.syncKey())
                .bind("onServer", onServer)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Makes the task {@code id} of this store the same as {@code synced} in every field but its id and key. */
    default int updateSynced(long id, SyncedTask synced, Long parentId, String owner) {
        Update update = getHandle().createUpdate("""
                        UPDATE follow_up_task SET customer_key = :key, reason = :reason, reason_detail = :detail,
                            channel = :channel, due_date = :due, priority = :priority, status = :status,
                            snoozed_until = :snoozed, created_at = :created, completed_at = :completed,
                            value_at_stake = :value, notes = :notes, parent_id = :parent, basis_as_of = :basis,
                            owner = :owner, on_server = TRUE
                        WHERE id = :id""");
        return bindTaskFields(update, synced.task(), parentId, owner)
                .bind("id", id)
                .execute();
    }

    /** Binds every field of a synced task that {@link #insertSynced} and {@link #updateSynced} both write. */
    private static Update bindTaskFields(Update statement, FollowUpTask task, Long parentId, String owner) {
        return statement
                .bind("key", task.customerKey())
                .bind("reason", task.reason().name())
                .bind("detail", task.detail())
                .bind("channel", task.channel().name())
                .bind("due", task.due())
                .bind("priority", task.priority())
                .bind("status", task.status().name())
                .bind("snoozed", task.snoozedUntil())
                .bind("created", task.created().atOffset(java.time.ZoneOffset.UTC))
                .bind("completed", task.completed() == null ? null : task.completed().atOffset(java.time.ZoneOffset.UTC))
                .bind("value", task.valueAtStake())
                .bind("notes", task.notes())
                .bind("parent", parentId)
                .bind("basis", task.basisAsOf())
                .bind("owner", owner);
    }

    /** Records that the server has the task (a pull saw it there). */
    default int markOnServer(long id) {
        return getHandle().createUpdate("UPDATE follow_up_task SET on_server = TRUE WHERE id = ? AND NOT on_server")
                .bind(0, id).execute();
    }

    /** Removes a task, its outcome, and the link of tasks chained from it. */
    default void deleteTask(long id) {
        getHandle().createUpdate("UPDATE follow_up_task SET parent_id = NULL WHERE parent_id = ?").bind(0, id).execute();
        deleteOutcome(id);
        getHandle().createUpdate("DELETE FROM follow_up_task WHERE id = ?").bind(0, id).execute();
    }

    default void deleteOutcome(long taskId) {
        getHandle().createUpdate("DELETE FROM follow_up_outcome WHERE task_id = ?").bind(0, taskId).execute();
    }

    private static FollowUpTask task(ResultSet row, StatementContext context) throws SQLException {
        FollowUpOutcome outcome = null;
        if (row.getObject("outcome_task") != null) {
            String code = row.getString("reason_code");
            outcome = new FollowUpOutcome(row.getBoolean("reached"), code == null ? null : OutcomeReason.valueOf(code),
                    row.getObject("promised_date", LocalDate.class), row.getObject("contacted_on", LocalDate.class),
                    row.getString("outcome_notes"));
        }
        long parent = row.getLong("parent_id");
        Long parentId = row.wasNull() ? null : parent;
        int detail = row.getInt("reason_detail");
        Integer reasonDetail = row.wasNull() ? null : detail;
        return new FollowUpTask(row.getLong("id"), row.getString("customer_key"),
                FollowUpReason.valueOf(row.getString("reason")), reasonDetail,
                FollowUpChannel.valueOf(row.getString("channel")), row.getObject("due_date", LocalDate.class),
                row.getInt("priority"), FollowUpStatus.valueOf(row.getString("status")),
                row.getObject("snoozed_until", LocalDate.class), instant(row, "created_at"),
                instant(row, "completed_at"), value(row.getBigDecimal("value_at_stake")), row.getString("notes"),
                parentId, row.getObject("basis_as_of", LocalDate.class), outcome);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static BigDecimal value(BigDecimal stored) {
        return StoredNumbers.plain(stored);
    }
}
