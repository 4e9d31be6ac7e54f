package io.customerlens.service.sync;

import io.customerlens.domain.FollowUpOutcome;

/**
 * An outcome a sync did not keep because the other side's is later (docs/decisions/0019).
 *
 * @param serverTaskId the task's id on the server
 * @param lost         the side whose outcome gave way
 * @param lostOutcome  the outcome that gave way
 * @param keptOutcome  the later outcome kept on both sides (after the next pull, when the copy lost a push)
 */
public record SyncOverride(String customerKey, long serverTaskId, Side lost, FollowUpOutcome lostOutcome,
                           FollowUpOutcome keptOutcome) {

    public enum Side {
        /** The server's outcome was replaced by the laptop copy's later one. */
        SERVER,
        /** The laptop copy's outcome gave way to the server's later one. */
        COPY
    }
}
