package io.customerlens.service.sync;

import io.customerlens.domain.FollowUpTask;
import io.customerlens.store.ContactEditSync;
import io.customerlens.store.Database;
import io.customerlens.store.MirroredTable;
import io.customerlens.store.ServerRefusedException;
import io.customerlens.store.StoreVendor;
import io.customerlens.store.SyncRows;
import io.customerlens.store.SyncTransaction;
import io.customerlens.store.SyncedTask;
import io.customerlens.store.TableMirror;
import io.customerlens.store.TaskSync;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Offline and back (issue 17 item 4, docs/decisions/0019). A pull makes a laptop copy (an embedded store) hold the
 * rows the signed-in login reads on the team server; a push sends back the follow-up tasks made in the copy and the
 * outcomes recorded there. Each side is written in one transaction, committed at the end: a sync that fails half way
 * (the server gone) leaves both stores as they were. The later outcome wins ({@link LaterOutcome}); every outcome
 * that gave way is reported.
 */
public final class SyncService {

    private final Database database;

    public SyncService(Database database) {
        this.database = database;
    }

    /** Whether this store is a team server (a sync's far side) rather than an embedded store (a laptop copy). */
    public boolean isTeamServer() {
        return database.vendor() == StoreVendor.POSTGRESQL;
    }

    /** Makes this store (the laptop copy) hold what {@code server} lets its login read. */
    public PullReport pullFrom(SyncService server) {
        return pullFrom(server, SyncRows.NONE);
    }

    /**
     * {@link #pullFrom(SyncService)}, telling {@code rows} of every row written (a test stops it half way).
     *
     * @throws SyncRefusedException when the server went away, refused the login or a permission half way; neither
     *                              store changed
     */
    public PullReport pullFrom(SyncService server, SyncRows rows) {
        try {
            return ServerRefusedException.naming(() -> pull(server, rows));
        } catch (ServerRefusedException refused) {
            throw new SyncRefusedException(refused.refusal(), refused);
        }
    }

    private PullReport pull(SyncService server, SyncRows rows) {
        try (SyncTransaction from = SyncTransaction.begin(server.database, true);
             SyncTransaction copy = SyncTransaction.begin(database, false)) {
            TableMirror mirror = new TableMirror(from, copy, rows);
            Map<MirroredTable, TableMirror.Changes> changes = new EnumMap<>(MirroredTable.class);
            for (MirroredTable table : MirroredTable.values()) {
                changes.put(table, mirror.copy(table));
            }
            // Lines go before the import records they belong to: the other way round of writing.
            List<TableMirror.Changes> removals = new ArrayList<>(changes.values());
            for (TableMirror.Changes change : removals.reversed()) {
                mirror.remove(change);
            }
            if (changes.values().stream().anyMatch(change -> change.table().feedsAnalysis() && change.total() > 0)) {
                mirror.raiseRevision();
            }
            List<SyncOverride> overrides = new ArrayList<>();
            int tasks = pullTasks(new TaskSync(from, rows), new TaskSync(copy, rows), overrides);
            copy.commit();
            mirror.moveIdsPastCopiedRows();
            TableMirror.Changes lines = changes.get(MirroredTable.SALES_LINE);
            return new PullReport(lines.inserted(), lines.removed().size(), changes.get(MirroredTable.CUSTOMER).total(),
                    changes.get(MirroredTable.PRODUCT).total() + changes.get(MirroredTable.PRODUCT_NAME).total(),
                    changes.get(MirroredTable.IMPORT_BATCH).total(),
                    changes.get(MirroredTable.CUSTOMER_CONTACT_EDIT).total(), tasks,
                    changes.get(MirroredTable.SALESPERSON_ROLE).total(), overrides);
        }
    }

    /**
     * Sends the tasks made in this store (the laptop copy), its later outcomes and contact edits to {@code server}. A
     * task about a customer the server no longer shows this login is not sent; it is listed in the report.
     */
    public PushReport pushTo(SyncService server) {
        return pushTo(server, SyncRows.NONE);
    }

    /**
     * {@link #pushTo(SyncService)}, telling {@code rows} of every row written (a test stops it half way).
     *
     * @throws SyncRefusedException when the server went away, refused the login or a permission half way; neither
     *                              store changed
     */
    public PushReport pushTo(SyncService server, SyncRows rows) {
        try {
            return ServerRefusedException.naming(() -> push(server, rows));
        } catch (ServerRefusedException refused) {
            throw new SyncRefusedException(refused.refusal(), refused);
        }
    }

    private PushReport push(SyncService server, SyncRows rows) {
        try (SyncTransaction copy = SyncTransaction.begin(database, true);
             SyncTransaction to = SyncTransaction.begin(server.database, false)) {
            TaskSync serverTasks = new TaskSync(to, rows);
            Map<String, SyncedTask> onServer = byKey(serverTasks.all());
            Map<String, Long> serverIds = new HashMap<>();
            onServer.forEach((key, task) -> serverIds.put(key, task.task().id()));
            List<SyncOverride> overrides = new ArrayList<>();
            List<SkippedTask> skipped = new ArrayList<>();
            int sent = 0;
            int outcomes = 0;
            for (SyncedTask mine : new TaskSync(copy, rows).all()) {
                SyncedTask theirs = onServer.get(mine.syncKey());
                if (theirs == null) {
                    if (mine.onServer()) {
                        // Gone from the server (removed, or no longer this login's): the next pull removes it here.
                        continue;
                    }
                    if (!serverTasks.mayWriteTaskFor(mine.task().customerKey())) {
                        // The customer went to another salesperson since the pull: the task stays on the laptop.
                        skipped.add(new SkippedTask(mine.task().customerKey(),
                                SkippedTask.Reason.CUSTOMER_NOT_VISIBLE));
                        continue;
                    }
                    Long parent = mine.parentKey() == null ? null : serverIds.get(mine.parentKey());
                    serverIds.put(mine.syncKey(), serverTasks.insert(mine, parent, null, false));
                    sent++;
                } else if (LaterOutcome.copyWins(mine.task(), theirs.task())) {
                    serverTasks.takeOutcome(theirs.task().id(), mine.task());
                    outcomes++;
                    if (theirs.task().outcome() != null) {
                        overrides.add(override(theirs, SyncOverride.Side.SERVER, theirs.task(), mine.task()));
                    }
                } else if (mine.task().outcome() != null && !mine.task().outcome().equals(theirs.task().outcome())) {
                    overrides.add(override(theirs, SyncOverride.Side.COPY, mine.task(), theirs.task()));
                }
            }
            int edits = pushContactEdits(new ContactEditSync(copy, rows), new ContactEditSync(to, rows));
            to.commit();
            return new PushReport(sent, outcomes, edits, overrides, skipped);
        }
    }

    /**
     * Sends the copy's contact edits the server lacks or has from earlier; returns how many. An edit of a customer the
     * server no longer shows this login stays on the laptop.
     */
    private static int pushContactEdits(ContactEditSync copy, ContactEditSync server) {
        Map<String, ContactEditSync.Edit> theirs = server.all();
        java.util.Set<String> visible = server.customers();
        int sent = 0;
        for (ContactEditSync.Edit mine : copy.all().values()) {
            if (visible.contains(mine.customerKey()) && mine.laterThan(theirs.get(mine.customerKey()))) {
                server.send(mine);
                sent++;
            }
        }
        return sent;
    }

    /** Brings the copy's tasks in line with the server's; returns how many tasks changed here. */
    private static int pullTasks(TaskSync server, TaskSync copy, List<SyncOverride> overrides) {
        Map<String, SyncedTask> mine = byKey(copy.all());
        Map<String, Long> localIds = new HashMap<>();
        mine.forEach((key, task) -> localIds.put(key, task.task().id()));
        int changed = 0;
        for (SyncedTask theirs : server.all()) {
            SyncedTask local = mine.remove(theirs.syncKey());
            Long parent = theirs.parentKey() == null ? null : localIds.get(theirs.parentKey());
            if (local == null) {
                localIds.put(theirs.syncKey(), copy.insert(theirs, parent, theirs.owner(), true));
                changed++;
            } else if (LaterOutcome.copyWins(local.task(), theirs.task())) {
                // The copy's later outcome stays here until the next push sends it.
                copy.markOnServer(local.task().id());
            } else if (same(local, theirs, parent)) {
                copy.markOnServer(local.task().id());
            } else {
                copy.replace(local.task().id(), theirs, parent, theirs.owner());
                changed++;
                if (local.task().outcome() != null && !local.task().outcome().equals(theirs.task().outcome())) {
                    overrides.add(override(theirs, SyncOverride.Side.COPY, local.task(), theirs.task()));
                }
            }
        }
        for (SyncedTask left : mine.values()) {
            // A task the server had but no longer shows this login goes; one made offline waits for the push.
            if (left.onServer()) {
                copy.delete(left.task().id());
                changed++;
            }
        }
        return changed;
    }

    private static SyncOverride override(SyncedTask onServer, SyncOverride.Side lost, FollowUpTask loser,
                                         FollowUpTask winner) {
        return new SyncOverride(onServer.task().customerKey(), onServer.task().id(), lost, loser.outcome(),
                winner.outcome());
    }

    private static Map<String, SyncedTask> byKey(List<SyncedTask> tasks) {
        Map<String, SyncedTask> byKey = new LinkedHashMap<>();
        tasks.forEach(task -> byKey.put(task.syncKey(), task));
        return byKey;
    }

    /** Whether the copy's task already is the server's: every field but the ids, the parent by its id here. */
    private static boolean same(SyncedTask local, SyncedTask server, Long parent) {
        return local.onServer() && Objects.equals(local.owner(), server.owner())
                && Objects.equals(local.task().parentId(), parent)
                && comparable(local.task()).equals(comparable(server.task()));
    }

    private static FollowUpTask comparable(FollowUpTask task) {
        return new FollowUpTask(0, task.customerKey(), task.reason(), task.detail(), task.channel(), task.due(),
                task.priority(), task.status(), task.snoozedUntil(), task.created(), task.completed(),
                plain(task.valueAtStake()), task.notes(), null, task.basisAsOf(), task.outcome());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
