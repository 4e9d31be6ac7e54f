package io.customerlens.service.sync;

import java.util.List;

/** What a push sent to the server (tasks, outcomes, contact edits), and the outcomes it found in conflict. */
public record PushReport(int tasksSent, int outcomesSent, int contactEditsSent, List<SyncOverride> overrides) {

    public PushReport {
        overrides = List.copyOf(overrides);
    }

    public boolean changedNothing() {
        return tasksSent + outcomesSent + contactEditsSent == 0;
    }
}
