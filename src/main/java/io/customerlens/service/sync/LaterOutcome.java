package io.customerlens.service.sync;

import io.customerlens.domain.FollowUpTask;

import java.time.Instant;
import java.util.Comparator;

/**
 * The sync's winner rule (docs/decisions/0019): of two outcomes of one task, the one contacted later wins; on the same
 * day, the one written later (the task's completed time). A full tie keeps the server's, so every laptop agrees.
 */
final class LaterOutcome {

    private static final Comparator<FollowUpTask> ORDER = Comparator
            .comparing((FollowUpTask task) -> task.outcome().contactedOn())
            .thenComparing(FollowUpTask::completed, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private LaterOutcome() {
    }

    /**
     * Whether the copy's outcome replaces the server's: the copy has one that differs from the server's, and the
     * server has none or an earlier one.
     */
    static boolean copyWins(FollowUpTask copy, FollowUpTask server) {
        if (copy.outcome() == null || copy.outcome().equals(server.outcome())) {
            return false;
        }
        return server.outcome() == null || ORDER.compare(copy, server) > 0;
    }
}
