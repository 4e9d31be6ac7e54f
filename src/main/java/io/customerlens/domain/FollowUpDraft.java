package io.customerlens.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up task before it is stored (no id, status open).
 *
 * @param detail   the figure behind the reason (see {@link FollowUpReason}); null when none
 * @param priority 1 (high) … 3 (low)
 * @param parentId the task whose outcome this one was chained from; null when none
 * @param basisAsOf the as-of date of the sales data the task was made from; null when the store was empty
 */
public record FollowUpDraft(String customerKey, FollowUpReason reason, Integer detail, FollowUpChannel channel,
                            LocalDate due, int priority, BigDecimal valueAtStake, String notes, Long parentId,
                            LocalDate basisAsOf) {

    public FollowUpDraft {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(valueAtStake, "valueAtStake");
        if (priority < FollowUpTask.HIGH || priority > FollowUpTask.LOW) {
            throw new IllegalArgumentException("priority must be 1 to 3, not " + priority);
        }
    }
}
