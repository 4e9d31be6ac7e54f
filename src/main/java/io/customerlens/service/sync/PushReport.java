package io.customerlens.service.sync;

import java.util.List;

/**
 * What a push sent to the server (tasks, outcomes, contact edits), the outcomes it found in conflict, and the tasks
 * made offline it could not send.
 */
public record PushReport(int tasksSent, int outcomesSent, int contactEditsSent, List<SyncOverride> overrides,
                         List<SkippedTask> skipped) {

    public PushReport {
        overrides = List.copyOf(overrides);
        skipped = List.copyOf(skipped);
    }

    public boolean changedNothing() {
        return tasksSent + outcomesSent + contactEditsSent == 0;
    }
}
