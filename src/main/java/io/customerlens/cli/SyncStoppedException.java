package io.customerlens.cli;

/**
 * A sync failed before it committed (the server went away, a statement was refused): each side's one transaction was
 * rolled back, so neither store changed (docs/decisions/0019). The cause goes to the log.
 */
public class SyncStoppedException extends RuntimeException {

    private final String server;
    private final String copy;

    public SyncStoppedException(String server, String copy, Throwable cause) {
        super("the sync between " + server + " and " + copy + " stopped before it finished", cause);
        this.server = server;
        this.copy = copy;
    }

    public String server() {
        return server;
    }

    public String copy() {
        return copy;
    }
}
