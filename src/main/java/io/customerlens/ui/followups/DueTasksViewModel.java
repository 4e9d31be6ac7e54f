package io.customerlens.ui.followups;

import io.customerlens.service.followups.DueCounts;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.TaskFilter;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.followups.TaskSort;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;

/**
 * Home's follow-up section, and the notice on start: how many tasks are overdue and due today, and the first
 * of them. Shown only while there are pending tasks; read again after imports and after every change on the
 * Follow-ups page.
 */
public final class DueTasksViewModel {

    static final int SHOWN_TASKS = 5;

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final FollowUpTexts texts;
    private final Runnable openDue;

    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible", false);
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", "");
    private final ReadOnlyStringWrapper todayText = new ReadOnlyStringWrapper(this, "todayText", "");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ObservableList<DueTaskLine> firstDue = FXCollections.observableArrayList();

    /** @param openDue opens the Follow-ups page on the overdue and due-today tasks */
    public DueTasksViewModel(FollowUpService service, TaskRunner runner, Messages messages, StoreChanges storeChanges,
                             StoreChanges followUpChanges, Runnable openDue) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.texts = new FollowUpTexts(messages);
        this.openDue = openDue;
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
        followUpChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    public void refresh() {
        runner.job(messages.get("followupsView.home.loading"), context -> new Due(service.dueCounts(),
                        service.list(TaskFilter.PENDING, TaskSort.DUE_DATE), service.today()))
                .onSuccess(this::show)
                .onFailure(failure -> banner.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    private void show(Due due) {
        visible.set(!due.pending().isEmpty());
        overdueText.set(messages.count(due.counts().overdue()));
        todayText.set(messages.count(due.counts().dueToday()));
        banner.set(due.counts().total() == 0 ? messages.get("followupsView.home.nothingDue")
                : messages.format("followupsView.home.banner", due.counts().overdue(), due.counts().dueToday()));
        LocalDate today = due.today();
        // The tasks the "due now" filter lists, which the section's button opens.
        firstDue.setAll(due.pending().stream().filter(row -> TaskListFilter.DUE_NOW.accepts(row.task(), today))
                .limit(SHOWN_TASKS)
                .map(row -> new DueTaskLine(row.id(), messages.date(row.task().effectiveDue()), row.displayName(),
                        texts.reason(row.task()), row.task().isOverdue(today)))
                .toList());
    }

    /** Opens the Follow-ups page filtered to the overdue and due-today tasks. */
    public void openDue() {
        openDue.run();
    }

    /** Whether the section is shown: only while some task is open or snoozed. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overdueTextProperty() {
        return overdueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todayTextProperty() {
        return todayText.getReadOnlyProperty();
    }

    /** "3 follow-ups are overdue and 5 due today", or that nothing is due. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The first overdue and due-today tasks, earliest first. */
    public ObservableList<DueTaskLine> firstDue() {
        return firstDue;
    }

    private record Due(DueCounts counts, List<TaskRow> pending, LocalDate today) {
    }
}
