package io.customerlens.service.followups;

/** Pending tasks due before today and due today, for Home and the start-up notice. */
public record DueCounts(long overdue, long dueToday) {

    public long total() {
        return overdue + dueToday;
    }
}
