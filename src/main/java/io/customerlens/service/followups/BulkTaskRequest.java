package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One follow-up task for each of several customers picked on a list, the reason, channel, due date and
 * priority chosen once for all of them.
 *
 * @param customerKeys in the list's order; a key named twice gets one task
 * @param notes        may be null
 */
public record BulkTaskRequest(List<String> customerKeys, FollowUpReason reason, FollowUpChannel channel,
                              LocalDate due, int priority, String notes) {

    public BulkTaskRequest {
        customerKeys = List.copyOf(customerKeys);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
        if (priority < FollowUpTask.HIGH || priority > FollowUpTask.LOW) {
            throw new IllegalArgumentException("priority must be 1 to 3, not " + priority);
        }
    }
}
