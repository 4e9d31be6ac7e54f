package io.customerlens.service.followups;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpTask;

/**
 * A task with its customer's attributes, as the list shows it.
 *
 * @param owner who works the task ({@link io.customerlens.store.TaskOwners#ownerOf}); null when nobody does
 */
public record TaskRow(FollowUpTask task, CustomerInfo info, String owner) {

    /** A row whose task nobody works. */
    public TaskRow(FollowUpTask task, CustomerInfo info) {
        this(task, info, null);
    }

    public long id() {
        return task.id();
    }

    /** The customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? task.customerKey() : info.name();
    }
}
