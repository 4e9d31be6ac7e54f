package io.customerlens.ui.followups;

import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.service.followups.TaskFilter;

import java.time.LocalDate;

/**
 * The filters above the task list. All but one are the service's {@link TaskFilter}s; "due now" (overdue or
 * due today) is what Home's button opens: the tasks to do before anything else.
 */
public enum TaskListFilter {
    DUE_NOW(null),
    OVERDUE(TaskFilter.OVERDUE),
    TODAY(TaskFilter.TODAY),
    THIS_WEEK(TaskFilter.THIS_WEEK),
    UPCOMING(TaskFilter.UPCOMING),
    PENDING(TaskFilter.PENDING),
    DONE(TaskFilter.DONE),
    ALL(TaskFilter.ALL);

    private final TaskFilter filter;

    TaskListFilter(TaskFilter filter) {
        this.filter = filter;
    }

    public boolean accepts(FollowUpTask task, LocalDate today) {
        return filter == null ? task.isOverdue(today) || task.isDueOn(today) : filter.accepts(task, today);
    }

    String labelKey() {
        return filter == null ? "followupsView.filter.dueNow" : FollowUpLabels.filter(filter);
    }
}
