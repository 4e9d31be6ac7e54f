package io.customerlens.service.sync;

import java.util.List;

/** What a pull changed in the laptop copy; all zero and no overrides when it already matched the server. */
public record PullReport(int linesAdded, int linesRemoved, int customers, int products, int imports,
                         int contactEdits, int tasks, int logins, List<SyncOverride> overrides) {

    public PullReport {
        overrides = List.copyOf(overrides);
    }

    public boolean changedNothing() {
        return linesAdded + linesRemoved + customers + products + imports + contactEdits + tasks + logins == 0;
    }
}
