package io.customerlens.ui.followups;

import io.customerlens.domain.FollowUpTask;
import io.customerlens.report.TaskSheetException;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.followups.Completion;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.TaskFilter;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.followups.TaskSort;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.ui.common.BackgroundWork;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.MessageKind;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Follow-ups page (回访任务): the task list with its filters and counts, the selected task, bulk moves and
 * the sheet round trip. Generation, outcome entry, the side panel and the effect panel are models of their
 * own, wired here. Every store access runs through the task runner; after each change the list is read again
 * and Home is told through {@code followUpChanges}.
 */
public final class FollowUpsViewModel {

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges followUpChanges;
    private final CustomerOpener opener;

    private final ObjectProperty<TaskListFilter> filter = new SimpleObjectProperty<>(this, "filter", TaskListFilter.PENDING);
    private final ObjectProperty<TaskSort> sort = new SimpleObjectProperty<>(this, "sort", TaskSort.DUE_DATE);
    private final ObjectProperty<Comparator<TaskRow>> tableOrder = new SimpleObjectProperty<>(this, "tableOrder");
    private final ObservableList<TaskRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<TaskRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<TaskRow> sortedRows = new SortedList<>(filteredRows);
    private final ReadOnlyObjectWrapper<Map<TaskListFilter, Long>> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", Map.of());
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TaskRow> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> moveTo = new SimpleObjectProperty<>(this, "moveTo");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<MessageKind> noticeKind =
            new ReadOnlyObjectWrapper<>(this, "noticeKind", MessageKind.NEUTRAL);

    private final GenerationViewModel generation;
    private final OutcomeForm outcome;
    private final TaskDetails details;
    private final EffectViewModel effect;
    private final ManualTaskForm manual;
    private final AppSettings.Subscription subscription;
    private final TaskOwnership ownership;
    /** The as-of date and window of the side panel's figures: only a change of those reads them again. */
    private DetailChoices detailsReadWith;

    public FollowUpsViewModel(FollowUpService service, LapseService lapses, CustomerCardService cards,
                              AnalysisChoices analysis, TaskRunner runner, Messages messages,
                              StoreChanges storeChanges, StoreChanges followUpChanges, CustomerOpener opener) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.followUpChanges = followUpChanges;
        this.opener = opener;
        FollowUpTexts texts = new FollowUpTexts(messages);
        this.generation = new GenerationViewModel(service, analysis, runner, messages, this::created);
        this.outcome = new OutcomeForm(service, runner, messages, this::completed);
        this.details = new TaskDetails(lapses, cards, analysis, runner, messages, texts);
        this.effect = new EffectViewModel(service, runner, messages, texts, analysis.get().winBackWindowDays(),
                days -> analysis.update(shared -> shared.withWinBackWindowDays(days)), opener);
        this.detailsReadWith = detailChoices(analysis.get());
        this.subscription = analysis.subscribe(this::follow);
        this.manual = new ManualTaskForm(service, runner, messages, details.customers(), this::createdByHand,
                this::rescheduledByHand);
        this.ownership = new TaskOwnership(service, runner, messages, this::ownerChosen);

        sortedRows.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> tableOrder.get() != null ? tableOrder.get() : sort.get().comparator(), tableOrder, sort));
        filter.addListener((observable, before, after) -> {
            applyFilter();
            // The side panel shows a listed task or none, never one the filter hides.
            if (selected.get() != null && !sortedRows.contains(selected.get())) {
                selected.set(null);
            }
        });
        selected.addListener((observable, before, row) -> {
            outcome.edit(row, today.get());
            details.show(row);
        });
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
        // Tasks changed here or elsewhere (a task added on a customer's card): read the list again.
        followUpChanges.revisionProperty().addListener((observable, before, after) -> reloadTasks());
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    /** New shared settings: the plan, the side panel's figures and the effect window follow them. */
    private void follow(AnalysisSettings shared) {
        effect.windowDaysProperty().set(shared.winBackWindowDays());
        generation.follow(shared);
        DetailChoices next = detailChoices(shared);
        if (!next.equals(detailsReadWith)) {
            detailsReadWith = next;
            details.reload();
        }
    }

    private static DetailChoices detailChoices(AnalysisSettings shared) {
        return new DetailChoices(shared.asOf(), shared.lapseWindow());
    }

    private record DetailChoices(java.util.Optional<LocalDate> asOf, LapseWindow window) {
    }

    /** Reads everything the page shows: the tasks, the customers' figures and the effect of the calls. */
    public void refresh() {
        reloadTasks();
        ownership.reload();
        details.reload();
        effect.refresh();
        if (generation.showingProperty().get()) {
            generation.preview(); // an open plan was made from the data before this import
        }
    }

    /** Reads the task list again, keeping the selection on the same task (or the one that took its place). */
    public void reloadTasks() {
        run("followupsView.loading", context -> Loaded.of(service.list(TaskFilter.ALL, TaskSort.DUE_DATE),
                service.today()), this::show);
    }

    private void show(Loaded loaded) {
        TaskRow before = selected.get();
        int index = before == null ? -1 : sortedRows.indexOf(before);
        today.set(loaded.today());
        allRows.setAll(loaded.rows());
        ownership.listed(loaded.rows());
        applyFilter();
        counts.set(ownership.filterProperty().get().owner() == null ? loaded.counts()
                : Loaded.tally(loaded.rows().stream().filter(ownership::accepts).toList(), loaded.today()));
        if (before != null) {
            selected.set(sortedRows.stream().filter(row -> row.id() == before.id()).findFirst()
                    .orElse(index < 0 || sortedRows.isEmpty() ? null : sortedRows.get(Math.min(index, sortedRows.size() - 1))));
        }
    }

    /** Another owner chosen: the list and the filter buttons' counts show that owner's tasks. */
    private void ownerChosen() {
        applyFilter();
        if (today.get() != null) {
            counts.set(Loaded.tally(allRows.stream().filter(ownership::accepts).toList(), today.get()));
        }
    }

    private void applyFilter() {
        TaskListFilter showing = filter.get();
        LocalDate day = today.get();
        filteredRows.setPredicate(row -> day != null && showing.accepts(row.task(), day) && ownership.accepts(row));
    }

    /** Shows the tasks of one filter (Home's button asks for {@link TaskListFilter#DUE_NOW}). */
    public void showFilter(TaskListFilter shown) {
        filter.set(shown);
    }

    /** Moves the chosen pending tasks to {@link #moveToProperty()} in one step (snoozed ones become open). */
    public void rescheduleChosen() {
        List<Long> ids = pendingChosen();
        LocalDate date = moveTo.get();
        if (ids.isEmpty() || date == null) {
            say(MessageKind.NEUTRAL, messages.get("followupsView.move.nothing"));
            return;
        }
        run("followupsView.move.running", context -> service.reschedule(ids, date),
                moved -> changed(messages.format("followupsView.move.done", moved.size(), messages.date(date))));
    }

    /** Hides the chosen pending tasks until {@link #moveToProperty()}; they are due again that day. */
    public void snoozeChosen() {
        List<Long> ids = pendingChosen();
        LocalDate date = moveTo.get();
        if (ids.isEmpty() || date == null) {
            say(MessageKind.NEUTRAL, messages.get("followupsView.move.nothing"));
            return;
        }
        run("followupsView.snooze.running", context -> service.snooze(ids, date),
                snoozed -> changed(messages.format("followupsView.snooze.done", snoozed.size(), messages.date(date))));
    }

    /** Cancels the chosen pending tasks (a cancelled task stays in the list under "All"). */
    public void cancelChosen() {
        List<Long> ids = pendingChosen();
        if (ids.isEmpty()) {
            say(MessageKind.NEUTRAL, messages.get("followupsView.cancel.nothing"));
            return;
        }
        run("followupsView.cancel.running", context -> service.cancel(ids),
                cancelled -> changed(messages.format("followupsView.cancel.done", cancelled.size())));
    }

    /** Gives the chosen tasks, whatever their status, to the owner chosen in {@link #ownership()}. */
    public void reassignChosen() {
        ownership.reassign(chosen.stream().map(TaskRow::id).toList(), this::changed,
                message -> say(MessageKind.NEUTRAL, message));
    }

    private List<Long> pendingChosen() {
        return chosen.stream().filter(row -> row.task().status().isPending()).map(TaskRow::id).toList();
    }

    /** Writes every task to a workbook that {@link #importFrom} reads back after it was edited. */
    public void exportTo(Path file) {
        run("followupsView.export.running", context -> {
            service.exportSheet(file);
            return file;
        }, written -> say(MessageKind.SUCCESS, messages.format("followupsView.export.done", written.toString())));
    }

    /** Applies an edited task sheet; a bad cell is named by file, row, column and value, and nothing changes. */
    public void importFrom(Path file) {
        String name = String.valueOf(file.getFileName());
        notice.set("");
        runner.job(messages.format("followupsView.import.running", name), context -> service.importSheet(file))
                .onSuccess(result -> {
                    changed(messages.format("followupsView.import.done", name, result.updated(), result.unchanged()));
                    effect.refresh();
                })
                .onFailure(failure -> say(MessageKind.ERROR, failure instanceof TaskSheetException problem
                        ? messages.format(FollowUpLabels.sheetProblem(problem.problem()),
                        problem.file().getFileName().toString(), problem.row(), problem.column(), problem.value())
                        : messages.format("followupsView.import.failed", name, FailureReport.describe(messages, failure))))
                .start();
    }

    /** Opens the selected task's customer. */
    public void openSelectedCustomer() {
        if (selected.get() != null) {
            opener.open(selected.get().task().customerKey());
        }
    }

    public void open(TaskRow row) {
        opener.open(row.task().customerKey());
    }

    private void created(List<FollowUpTask> tasks) {
        changed(messages.format("followupsView.generate.created", tasks.size()));
    }

    private void rescheduledByHand(FollowUpTask task) {
        changed(messages.format("followupsView.manual.rescheduled", messages.date(task.due())));
    }

    private void createdByHand(FollowUpTask task) {
        changed(messages.format("followupsView.manual.created", messages.date(task.due())));
    }

    private void completed(Completion completion) {
        changed(completion.chained().map(next -> messages.format("followupsView.outcome.savedAndChained",
                        messages.date(next.due())))
                .orElseGet(() -> messages.get("followupsView.outcome.saved")));
        effect.refresh();
    }

    /** Tells every page showing tasks (this one included) to read them again. */
    private void changed(String message) {
        say(MessageKind.SUCCESS, message);
        followUpChanges.storeChanged();
    }

    private <T> void run(String titleKey, BackgroundWork<T> work, Consumer<? super T> onSuccess) {
        runner.job(messages.get(titleKey), work).onSuccess(onSuccess)
                .onFailure(failure -> say(MessageKind.ERROR, messages.format("followupsView.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    /** The tasks and, counted in the background with them, how many each filter lists. */
    private record Loaded(List<TaskRow> rows, LocalDate today, Map<TaskListFilter, Long> counts) {

        static Loaded of(List<TaskRow> rows, LocalDate today) {
            return new Loaded(rows, today, tally(rows, today));
        }

        static Map<TaskListFilter, Long> tally(List<TaskRow> rows, LocalDate today) {
            Map<TaskListFilter, Long> tally = new EnumMap<>(TaskListFilter.class);
            for (TaskListFilter each : TaskListFilter.values()) {
                tally.put(each, rows.stream().filter(row -> each.accepts(row.task(), today)).count());
            }
            return Map.copyOf(tally);
        }
    }

    public ObjectProperty<TaskListFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<TaskSort> sortProperty() {
        return sort;
    }

    /** The order of a clicked table header; null = the chosen {@link #sortProperty()}. */
    public ObjectProperty<Comparator<TaskRow>> tableOrderProperty() {
        return tableOrder;
    }

    /** The tasks of the chosen filter, in the chosen order. */
    public SortedList<TaskRow> rows() {
        return sortedRows;
    }

    /** Tasks per filter, for the counts on the filter buttons. */
    public ReadOnlyObjectProperty<Map<TaskListFilter, Long>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The task the side panel shows and the outcome is entered for. */
    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    /** The tasks chosen for a bulk move, snooze or cancel (the table's selection). */
    public ObservableList<TaskRow> chosen() {
        return chosen;
    }

    /** The date a bulk move or snooze moves to. */
    public ObjectProperty<LocalDate> moveToProperty() {
        return moveTo;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How the notice reads: a change saved (success), a failure (error) or a plain remark. */
    public ReadOnlyObjectProperty<MessageKind> noticeKindProperty() {
        return noticeKind.getReadOnlyProperty();
    }

    private void say(MessageKind kind, String text) {
        noticeKind.set(kind);
        notice.set(text);
    }

    public GenerationViewModel generation() {
        return generation;
    }

    public OutcomeForm outcome() {
        return outcome;
    }

    public TaskDetails details() {
        return details;
    }

    public EffectViewModel effect() {
        return effect;
    }

    /** The Owner column's filter and "Reassign to…". */
    public TaskOwnership ownership() {
        return ownership;
    }

    public ManualTaskForm manual() {
        return manual;
    }
}
