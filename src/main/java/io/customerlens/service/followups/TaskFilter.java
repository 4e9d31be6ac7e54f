package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The task list's filters, judged by each task's effective due date (the snoozed-until date while snoozed).
 * Pending = open or snoozed. The week ends on Sunday.
 */
public enum TaskFilter {
    /** Every pending task. */
    PENDING,
    /** Pending and due before today. */
    OVERDUE,
    /** Pending and due today. */
    TODAY,
    /** Pending and due from today to the end of this week (Sunday). */
    THIS_WEEK,
    /** Pending and due after today. */
    UPCOMING,
    DONE,
    CANCELLED,
    /** Every task, whatever its status. */
    ALL;

    public boolean accepts(FollowUpTask task, LocalDate today) {
        LocalDate due = task.effectiveDue();
        boolean pending = task.status().isPending();
        return switch (this) {
            case PENDING -> pending;
            case OVERDUE -> pending && due.isBefore(today);
            case TODAY -> pending && due.equals(today);
            case THIS_WEEK -> pending && !due.isBefore(today)
                    && !due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case UPCOMING -> pending && due.isAfter(today);
            case DONE -> task.status() == FollowUpStatus.DONE;
            case CANCELLED -> task.status() == FollowUpStatus.CANCELLED;
            case ALL -> true;
        };
    }
}
