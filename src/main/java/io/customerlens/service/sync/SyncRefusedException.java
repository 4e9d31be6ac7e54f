package io.customerlens.service.sync;

import io.customerlens.domain.ServerRefusal;

/**
 * The team server went away, refused the login or a permission before a sync committed: each side's one transaction
 * was rolled back, so neither store changed (docs/decisions/0019). The store named what happened; the driver's text
 * is in the cause, for the log.
 */
public final class SyncRefusedException extends RuntimeException {

    private final ServerRefusal refusal;

    SyncRefusedException(ServerRefusal refusal, Throwable cause) {
        super("the sync stopped before it finished: " + refusal, cause);
        this.refusal = refusal;
    }

    public ServerRefusal refusal() {
        return refusal;
    }
}
