package io.customerlens.store;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpTask;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the services ask of the stored follow-up tasks; multi-step writes run in one transaction. */
public final class FollowUpStore {

    private final Database database;

    public FollowUpStore(Database database) {
        this.database = database;
    }

    /** The work of one transaction; it throws to roll everything back. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run(FollowUpWriter writer) throws X;
    }

    /** Committed when the work returns, rolled back when it throws. */
    public <T, X extends Exception> T inTransaction(Work<T, X> work) throws X {
        database.requireWritable();
        return database.jdbi().inTransaction(handle -> work.run(new FollowUpWriter(handle)));
    }

    /** Every task with its outcome, by id. */
    public List<FollowUpTask> all() {
        return database.jdbi().withExtension(FollowUpRepository.class, FollowUpRepository::findAll);
    }

    public Optional<FollowUpTask> find(long id) {
        return database.jdbi().withExtension(FollowUpRepository.class, tasks -> tasks.find(id));
    }

    /** The task's owner on a team server; empty on the embedded store (docs/decisions/0016). */
    public Optional<String> owner(long taskId) {
        return database.jdbi().withExtension(FollowUpRepository.class, tasks -> tasks.owner(taskId));
    }

    /** Who works which task, and which login works each salesperson's customers (docs/decisions/0016). */
    public TaskOwners owners() {
        return database.jdbi().withExtension(FollowUpRepository.class,
                tasks -> new TaskOwners(tasks.owners(), tasks.loginBySalesperson()));
    }

    /** Gives the task to another login, in one statement; false when it is not the signed-in login's to change. */
    public boolean reassign(long taskId, String owner) {
        database.requireWritable();
        return database.jdbi().withExtension(FollowUpRepository.class, tasks -> tasks.reassign(taskId, owner)) == 1;
    }

    /**
     * Gives every task of {@code taskIds} to {@code owner} in one transaction: all of them, or none when one is
     * unknown or not the signed-in login's to change. @return whether they were given
     */
    public boolean reassign(java.util.Collection<Long> taskIds, String owner) {
        database.requireWritable();
        return database.jdbi().inTransaction(handle -> {
            FollowUpRepository tasks = handle.attach(FollowUpRepository.class);
            int changed = 0;
            for (long id : taskIds) {
                changed += tasks.reassign(id, owner);
            }
            if (changed != taskIds.size()) {
                handle.rollback();
                return false;
            }
            return true;
        });
    }

    /** Whether the store is a team server signed in with a salesperson's login (who may not reassign tasks). */
    public boolean signedInAsSalesperson() {
        return database.vendor() == StoreVendor.POSTGRESQL
                && database.jdbi().withExtension(FollowUpRepository.class, FollowUpRepository::signedInAsSalesperson);
    }

    /** Every stored customer's attributes by key, without reading any sales line. */
    public Map<String, CustomerInfo> customerInfos() {
        return SalesStore.CustomerData.infoByKey(
                database.jdbi().withExtension(CustomerRepository.class, CustomerRepository::findAll));
    }
}
