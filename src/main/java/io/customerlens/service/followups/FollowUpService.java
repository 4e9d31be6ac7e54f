package io.customerlens.service.followups;

import io.customerlens.analysis.DataFreshness;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.followups.GenerationPlan;
import io.customerlens.analysis.followups.PlannedTask;
import io.customerlens.analysis.followups.TaskGeneration;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.report.FollowUpsCsv;
import io.customerlens.report.TaskSheet;
import io.customerlens.report.TaskSheetEdit;
import io.customerlens.report.TaskSheetReader;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.analysis.followups.DailySales;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.Database;
import io.customerlens.store.FollowUpStore;
import io.customerlens.store.FollowUpWriter;
import io.customerlens.store.TaskOwners;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follow-up tasks (回访任务): generate them from the analysis, work them off, record outcomes and see whether
 * the calls won customers back. Every method reads or writes the store: call it off the FX thread.
 * Multi-step writes (generate, complete and chain, bulk reschedule, sheet import) run in one transaction.
 */
public class FollowUpService {

    private final AnalysisSnapshots snapshots;
    private final FollowUpStore store;
    private final LapseService lapses;
    private final SegmentService segments;
    private final Clock clock;
    private final TaskGeneration generation = new TaskGeneration();
    private final BulkTaskPlanner bulkTasks = new BulkTaskPlanner();

    /** @param clock gives today (in its zone) and the created and completed times */
    public FollowUpService(Database database, LapseService lapses, SegmentService segments, Clock clock) {
        this(database, new AnalysisSnapshots(database), lapses, segments, clock);
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public FollowUpService(Database database, AnalysisSnapshots snapshots, LapseService lapses, SegmentService segments,
                           Clock clock) {
        this.snapshots = snapshots;
        this.store = new FollowUpStore(database);
        this.lapses = lapses;
        this.segments = segments;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * How old the sales data is today: empty for a store without lines. Stale after {@code staleAfterDays}
     * ({@link DataFreshness}); the banners of Home, Lapse and Follow-ups and the question before generating ask it.
     */
    public Optional<DataFreshness> freshness(int staleAfterDays) {
        return snapshots.current().lastDate().map(latest -> DataFreshness.of(latest, today(), staleAfterDays));
    }

    /** What {@link #generate} would create now; stores nothing. */
    public GenerationPreview preview(GenerationOptions options) {
        return preview(options, SegmentOptions.defaults(), Optional.empty());
    }

    /**
     * The same with the segments of {@code segmentOptions} (key accounts to review) and the analysis as of
     * {@code asOf} (empty = the latest date of any stored line), the choices every page uses.
     */
    public GenerationPreview preview(GenerationOptions options, SegmentOptions segmentOptions, Optional<LocalDate> asOf) {
        LapseData lapseData = lapses.load(asOf);
        List<FollowUpTask> tasks = store.all();
        LocalDate today = today();
        if (lapseData.isEmpty()) {
            return new GenerationPreview(new GenerationPlan(today, null, options, List.of(), 0, 0), Map.of(),
                    LapseRisk.none(options.window().months()), false);
        }
        LapseReport lapse = lapses.analyse(lapseData, options.window());
        SegmentReport segment = segments.analyse(segments.load(Optional.of(lapseData.asOf())), segmentOptions);
        GenerationPlan plan = generation.plan(Standings.of(lapse, segment, tasks), pendingCustomers(tasks),
                pendingDue(tasks), today, lapseData.asOf(), options);
        return new GenerationPreview(plan, lapseData.infos(), lapse.risk(),
                lapse.customers().stream().anyMatch(row -> row.valueAtRisk() != null));
    }

    /**
     * Stores the plan's tasks in one transaction, skipping any whose customer has meanwhile got a pending task (of
     * any reason: one open task per customer). @return the tasks created, in the plan's order
     */
    public List<FollowUpTask> create(GenerationPlan plan) {
        return store.inTransaction(writer -> {
            Set<String> pending = pendingCustomers(writer.all());
            List<FollowUpTask> created = new ArrayList<>();
            for (PlannedTask task : plan.tasks()) {
                if (pending.add(task.customerKey())) {
                    created.add(writer.insert(new FollowUpDraft(task.customerKey(), task.reason(), task.detail(),
                            task.channel(), task.due(), task.priority(), task.valueAtStake(), null, null, plan.asOf()),
                            clock.instant()));
                }
            }
            return created;
        });
    }

    /** Preview and create in one step (the command line's {@code tasks generate}). */
    public List<FollowUpTask> generate(GenerationOptions options) {
        return create(preview(options).plan());
    }

    /** Every task, by id. */
    public List<FollowUpTask> tasks() {
        return store.all();
    }

    /** The tasks of the chosen salesperson's customers (docs/decisions/0021), with who works each. */
    public List<TaskRow> list(TaskFilter filter, TaskSort sort) {
        LocalDate today = today();
        Map<String, CustomerInfo> infos = store.customerInfos();
        TaskOwners owners = store.owners();
        return tasksInScope().stream().filter(task -> filter.accepts(task, today))
                .map(task -> row(task, infos, owners))
                .sorted(sort.comparator()).toList();
    }

    public Optional<TaskRow> find(long id) {
        return store.find(id).map(task -> row(task, store.customerInfos(), store.owners()));
    }

    private static TaskRow row(FollowUpTask task, Map<String, CustomerInfo> infos, TaskOwners owners) {
        CustomerInfo info = infos.getOrDefault(task.customerKey(), CustomerInfo.EMPTY);
        return new TaskRow(task, info, owners.ownerOf(task.id(), info.salesperson()));
    }

    /**
     * Every task, or with a salesperson chosen those of their customers and those given to them: what that
     * salesperson's own login reads on a team server (docs/decisions/0016, 0021). The chosen scope's snapshot knows
     * which customers are theirs.
     */
    private List<FollowUpTask> tasksInScope() {
        List<FollowUpTask> all = store.all();
        Optional<String> chosen = snapshots.scope();
        if (chosen.isEmpty()) {
            return all;
        }
        AnalysisSnapshot scoped = snapshots.current();
        TaskOwners owners = store.owners();
        String theirOwner = owners.loginBySalesperson().getOrDefault(chosen.get(), chosen.get());
        return all.stream().filter(task -> scoped.hasCustomer(task.customerKey())
                || theirOwner.equals(owners.byTask().get(task.id()))).toList();
    }

    /**
     * Whom tasks can be given to: the logins that work salespeople's customers on a team server, else (the
     * embedded store with a whole team's export) the salespeople themselves; in natural order.
     */
    public List<String> reassignTargets() {
        TaskOwners owners = store.owners();
        if (!owners.loginBySalesperson().isEmpty()) {
            return owners.loginBySalesperson().values().stream().distinct().sorted().toList();
        }
        return snapshots.whole().salespeople();
    }

    /** Whether tasks may be given to others here: not on a team server signed in with a salesperson's login. */
    public boolean canReassign() {
        return !store.signedInAsSalesperson();
    }

    /**
     * Gives the tasks to {@code owner} in one transaction, all or none. @return false when one of them was not
     * the signed-in login's to give (the server's row security) or is gone
     */
    public boolean reassign(Collection<Long> ids, String owner) {
        return store.reassign(ids, owner);
    }

    /** Pending tasks of one customer, earliest due first (for the customer card and call sheet). */
    public List<FollowUpTask> pendingFor(String customerKey) {
        return store.all().stream().filter(task -> task.customerKey().equals(customerKey) && task.status().isPending())
                .sorted(Comparator.comparing(FollowUpTask::effectiveDue)).toList();
    }

    /** Every task of one customer, newest first (for the customer card's contact history). */
    public List<FollowUpTask> historyOf(String customerKey) {
        return store.all().stream().filter(task -> task.customerKey().equals(customerKey))
                .sorted(Comparator.comparingLong(FollowUpTask::id).reversed()).toList();
    }

    /** Whether the store knows the customer (has its attributes), whether or not it has sales lines now. */
    public boolean knowsCustomer(String customerKey) {
        return store.customerInfos().containsKey(customerKey);
    }

    /** A task made by hand; its value at stake is the customer's monthly amount at stake (0 for an unknown one). */
    public FollowUpTask createManual(ManualTask manual) {
        LapseData data = lapses.load(Optional.empty());
        BigDecimal value = ManualValue.of(data, manual.customerKey());
        FollowUpDraft draft = new FollowUpDraft(manual.customerKey(), FollowUpReason.MANUAL, null,
                manual.channel(), manual.due(), manual.priority(), value, manual.notes(), null, data.asOf());
        return store.inTransaction(writer -> writer.insert(draft, clock.instant()));
    }

    /**
     * One task for each customer of a list, in one transaction; customers who already have an open or snoozed
     * task are skipped and counted in the result.
     */
    public BulkTaskResult createFor(BulkTaskRequest request) {
        LapseData data = lapses.load(Optional.empty());
        return store.inTransaction(writer -> bulkTasks.create(writer, data, request, clock.instant()));
    }

    /**
     * Marks a pending task done with its outcome and, when asked, chains a follow-up (same customer, reason,
     * detail, priority and value; linked to this one), in one transaction.
     *
     * @throws IllegalStateException when the task is not open or snoozed
     */
    public Completion complete(long id, FollowUpOutcome outcome, Optional<ChainedTask> next) {
        return store.inTransaction(writer -> {
            FollowUpTask task = pending(writer, id);
            writer.setStatus(id, FollowUpStatus.DONE, null, clock.instant());
            writer.saveOutcome(id, outcome);
            Optional<FollowUpTask> chained = Optional.empty();
            if (next.isPresent()) {
                ChainedTask chain = next.get();
                chained = Optional.of(writer.insert(new FollowUpDraft(task.customerKey(), task.reason(), task.detail(),
                        chain.channel(), chain.due(), task.priority(), task.valueAtStake(), chain.notes(), id,
                        task.basisAsOf()), clock.instant()));
            }
            return new Completion(writer.get(id), chained);
        });
    }

    /** @throws IllegalStateException when the task is not open or snoozed */
    public FollowUpTask cancel(long id) {
        return cancel(List.of(id)).getFirst();
    }

    /** Cancels pending tasks, all or none (one transaction). */
    public List<FollowUpTask> cancel(Collection<Long> ids) {
        return eachPending(ids, (writer, id) -> writer.setStatus(id, FollowUpStatus.CANCELLED, null, clock.instant()));
    }

    /** Hides a pending task until a day; it is due again on that day. */
    public FollowUpTask snooze(long id, LocalDate until) {
        return snooze(List.of(id), until).getFirst();
    }

    /** Hides pending tasks until a day, all or none (one transaction). */
    public List<FollowUpTask> snooze(Collection<Long> ids, LocalDate until) {
        return eachPending(ids, (writer, id) -> writer.setStatus(id, FollowUpStatus.SNOOZED, until, null));
    }

    /** Applies a change to each pending task in one transaction; a task that is not pending undoes them all. */
    private List<FollowUpTask> eachPending(Collection<Long> ids, BiConsumer<FollowUpWriter, Long> change) {
        return store.inTransaction(writer -> {
            List<FollowUpTask> changed = new ArrayList<>(ids.size());
            for (long id : ids) {
                pending(writer, id);
                change.accept(writer, id);
                changed.add(writer.get(id));
            }
            return changed;
        });
    }

    public FollowUpTask updateNotes(long id, String notes) {
        return store.inTransaction(writer -> {
            writer.setNotes(id, notes);
            return writer.get(id);
        });
    }

    /**
     * Moves pending tasks to a new due date in one transaction (a snoozed one becomes open again).
     *
     * @throws IllegalStateException when one of them is not pending; then none is moved
     */
    public List<FollowUpTask> reschedule(Collection<Long> ids, LocalDate due) {
        return eachPending(ids, (writer, id) -> {
            writer.setDue(id, due);
            writer.setStatus(id, FollowUpStatus.OPEN, null, null);
        });
    }

    /** Pending tasks due before today and today. */
    public DueCounts dueCounts() {
        LocalDate today = today();
        long overdue = 0;
        long dueToday = 0;
        for (FollowUpTask task : tasksInScope()) {
            overdue += task.isOverdue(today) ? 1 : 0;
            dueToday += task.isDueOn(today) ? 1 : 0;
        }
        return new DueCounts(overdue, dueToday);
    }

    /** Win-back figures with a window of {@code windowDays} (default {@link EffectReport#DEFAULT_WINDOW_DAYS}). */
    public EffectReport effect(int windowDays) {
        AnalysisSnapshot snapshot = snapshots.current();
        // Daily sales and each basis date's histories come memoised from the snapshot: only the tasks change.
        DailySales daily = snapshot.memo(DailySales.class, () -> DailySales.byCustomer(snapshot::linesOf));
        return new EffectInputs(snapshot.customerData(), snapshot.lastDate(), daily,
                snapshot::purchaseHistories)
                .evaluate(tasksInScope(), store.owners(), windowDays);
    }

    /** Writes followups.csv ({@link FollowUpsCsv}) into {@code folder}: every task with its {@code effect} figures. */
    public Path writeCsv(Path folder, EffectReport effect) throws IOException {
        return new FollowUpsCsv().write(folder, store.all(), effect.contacts(), clock.getZone());
    }

    /** Writes every task (by due date) to an .xlsx that {@link #importSheet} reads back. */
    public void exportSheet(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        store.customerInfos().forEach((key, info) -> {
            if (info.name() != null) {
                names.put(key, info.name());
            }
        });
        List<FollowUpTask> tasks = store.all().stream()
                .sorted(Comparator.comparing(FollowUpTask::due).thenComparingLong(FollowUpTask::id)).toList();
        new TaskSheet().write(file, tasks, names);
    }

    /**
     * Reads an exported sheet back and applies its status, outcome, notes and due dates by task id, in one
     * transaction. @throws io.customerlens.report.TaskSheetException naming file, row, column and value of the
     * first bad cell; then nothing is changed
     */
    public SheetImport importSheet(Path file) throws IOException {
        List<TaskSheetEdit> edits = new TaskSheetReader().read(file);
        SheetUpdates updates = new SheetUpdates(file, today(), clock.instant());
        return store.inTransaction(writer -> updates.apply(writer, edits));
    }

    private static FollowUpTask pending(FollowUpWriter writer, long id) {
        FollowUpTask task = writer.get(id);
        if (!task.status().isPending()) {
            throw new IllegalStateException("follow-up task " + id + " is " + task.status() + ", not open");
        }
        return task;
    }

    /** The customers with an open or snoozed task: generation plans none for them. */
    private static Set<String> pendingCustomers(List<FollowUpTask> tasks) {
        Set<String> pending = new HashSet<>();
        tasks.stream().filter(task -> task.status().isPending()).forEach(task -> pending.add(task.customerKey()));
        return pending;
    }

    private static Map<LocalDate, Integer> pendingDue(List<FollowUpTask> tasks) {
        Map<LocalDate, Integer> due = new HashMap<>();
        tasks.stream().filter(task -> task.status().isPending())
                .forEach(task -> due.merge(task.effectiveDue(), 1, Integer::sum));
        return due;
    }
}
