package io.customerlens.service.sync;

import java.util.List;

/** What a push sent to the server, and the outcomes it found in conflict. */
public record PushReport(int tasksSent, int outcomesSent, List<SyncOverride> overrides) {

    public PushReport {
        overrides = List.copyOf(overrides);
    }

    public boolean changedNothing() {
        return tasksSent + outcomesSent == 0;
    }
}
