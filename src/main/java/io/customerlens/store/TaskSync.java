package io.customerlens.store;

import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpTask;

import java.util.List;

/** The follow-up tasks of one side of a sync, read and written inside its one transaction (docs/decisions/0019). */
public final class TaskSync {

    private final FollowUpRepository tasks;
    private final CustomerRepository customers;
    private final SyncRows rows;

    public TaskSync(SyncTransaction transaction, SyncRows rows) {
        this.tasks = transaction.handle().attach(FollowUpRepository.class);
        this.customers = transaction.handle().attach(CustomerRepository.class);
        this.rows = rows;
    }

    /**
     * Whether this side's login may make a task about the customer: asked in the same transaction as the insert, so
     * the server's row-level security does not refuse the row and, with it, the whole push.
     */
    public boolean mayWriteTaskFor(String customerKey) {
        return customers.isVisible(customerKey);
    }

    /** Every task this side's login may read, with its outcome, by id. */
    public List<SyncedTask> all() {
        return tasks.findForSync();
    }

    /** Stores a copy of another store's task; returns its id here. {@code owner} null: the server's trigger sets it. */
    public long insert(SyncedTask task, Long parentId, String owner, boolean onServer) {
        long id = tasks.insertSynced(task, parentId, owner, onServer);
        if (task.task().outcome() != null) {
            tasks.saveOutcome(id, task.task().outcome());
        }
        rows.written();
        return id;
    }

    /** Makes the task {@code id} here the same as {@code task}, outcome included. */
    public void replace(long id, SyncedTask task, Long parentId, String owner) {
        tasks.updateSynced(id, task, parentId, owner);
        if (task.task().outcome() == null) {
            tasks.deleteOutcome(id);
        } else {
            tasks.saveOutcome(id, task.task().outcome());
        }
        rows.written();
    }

    /** Sets the outcome of task {@code id} here, with the status and completed time it came with. */
    public void takeOutcome(long id, FollowUpTask from) {
        FollowUpOutcome outcome = from.outcome();
        tasks.updateStatus(id, from.status(), from.snoozedUntil(), from.completed());
        tasks.saveOutcome(id, outcome);
        rows.written();
    }

    public void markOnServer(long id) {
        if (tasks.markOnServer(id) > 0) {
            rows.written();
        }
    }

    public void delete(long id) {
        tasks.deleteTask(id);
        rows.written();
    }
}
