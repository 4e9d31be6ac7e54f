package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpChannel;

import java.time.LocalDate;
import java.util.Objects;

/** The follow-up made from an outcome (e.g. call again on the promised date); same customer, reason and value. */
public record ChainedTask(FollowUpChannel channel, LocalDate due, String notes) {

    public ChainedTask {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
    }
}
