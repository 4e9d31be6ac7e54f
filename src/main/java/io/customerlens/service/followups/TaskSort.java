package io.customerlens.service.followups;

import java.util.Comparator;

/** Orders of the task list. Ties always fall back to priority, then id, so the order is stable. */
public enum TaskSort {
    /** Earliest effective due date first. */
    DUE_DATE(Comparator.comparing((TaskRow row) -> row.task().effectiveDue())),
    /** Most value at stake first. */
    VALUE_AT_STAKE(Comparator.comparing((TaskRow row) -> row.task().valueAtStake()).reversed());

    private final Comparator<TaskRow> order;

    TaskSort(Comparator<TaskRow> first) {
        this.order = first.thenComparingInt(row -> row.task().priority()).thenComparingLong(row -> row.task().id());
    }

    public Comparator<TaskRow> comparator() {
        return order;
    }
}
