package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpChannel;

import java.time.LocalDate;
import java.util.Objects;

/** A task made by hand. @param notes may be null */
public record ManualTask(String customerKey, FollowUpChannel channel, LocalDate due, int priority, String notes) {

    public ManualTask {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
    }
}
