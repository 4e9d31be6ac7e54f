package io.customerlens.cli;

import io.customerlens.domain.ServerRefusal;

/**
 * A sync stopped before it committed because the server went away, refused the login or a permission: each side's
 * one transaction was rolled back, so neither store changed (docs/decisions/0019). The cause goes to the log.
 */
public class SyncStoppedException extends RuntimeException {

    private final String server;
    private final String copy;
    private final ServerRefusal refusal;

    public SyncStoppedException(String server, String copy, ServerRefusal refusal, Throwable cause) {
        super("the sync between " + server + " and " + copy + " stopped before it finished: " + refusal, cause);
        this.server = server;
        this.copy = copy;
        this.refusal = refusal;
    }

    public String server() {
        return server;
    }

    public String copy() {
        return copy;
    }

    /** What the server did: went away, refused the login, refused a permission. */
    public ServerRefusal refusal() {
        return refusal;
    }
}
