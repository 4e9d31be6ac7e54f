package io.customerlens.ui.followups;

/** A task due now as Home lists it: due date, customer, reason and channel, ready to show. */
public record DueTaskLine(long taskId, String due, String customer, String reason, boolean overdue) {
}
