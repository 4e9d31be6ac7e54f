package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored follow-up task (回访任务).
 *
 * @param detail       the figure behind the reason (see {@link FollowUpReason}); null when none
 * @param priority     1 (high) … 3 (low)
 * @param snoozedUntil set only while {@link FollowUpStatus#SNOOZED}
 * @param completed    when it was marked done or cancelled; null while pending
 * @param valueAtStake the customer's monthly amount at stake when the task was made
 * @param parentId     the task whose outcome this one was chained from; null when none
 * @param basisAsOf    the as-of date of the sales data the task was made from; null when unknown
 * @param outcome      present once done; null otherwise
 */
public record FollowUpTask(long id, String customerKey, FollowUpReason reason, Integer detail, FollowUpChannel channel,
                           LocalDate due, int priority, FollowUpStatus status, LocalDate snoozedUntil, Instant created,
                           Instant completed, BigDecimal valueAtStake, String notes, Long parentId,
                           LocalDate basisAsOf, FollowUpOutcome outcome) {

    public static final int HIGH = 1;
    public static final int NORMAL = 2;
    public static final int LOW = 3;

    public FollowUpTask {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(valueAtStake, "valueAtStake");
    }

    /** The day the task is due: the snoozed-until date while snoozed, else the due date. */
    public LocalDate effectiveDue() {
        return status == FollowUpStatus.SNOOZED && snoozedUntil != null ? snoozedUntil : due;
    }

    /** Pending (open or snoozed) and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && effectiveDue().isBefore(today);
    }

    /** Pending and due on {@code today}. */
    public boolean isDueOn(LocalDate today) {
        return status.isPending() && effectiveDue().equals(today);
    }
}
