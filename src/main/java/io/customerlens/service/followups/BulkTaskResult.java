package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpTask;

import java.util.List;

/**
 * What a bulk "create follow-up tasks" did.
 *
 * @param created the tasks stored, in the request's order
 * @param skipped the customers left out because they already had an open or snoozed task (one open task per
 *                customer)
 */
public record BulkTaskResult(List<FollowUpTask> created, List<String> skipped) {

    public BulkTaskResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
