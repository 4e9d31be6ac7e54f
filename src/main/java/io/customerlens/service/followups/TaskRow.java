package io.customerlens.service.followups;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpTask;

/** A task with its customer's attributes, as the list shows it. */
public record TaskRow(FollowUpTask task, CustomerInfo info) {

    public long id() {
        return task.id();
    }

    /** The customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? task.customerKey() : info.name();
    }
}
