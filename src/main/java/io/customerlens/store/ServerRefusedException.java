package io.customerlens.store;

import io.customerlens.domain.ServerRefusal;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A team server could not be opened, or refused or stopped work under way, for a reason the user can act on
 * ({@link ServerRefusal}). Only this package reads the driver's answers: the layers above name what happened by the
 * refusal alone.
 */
public final class ServerRefusedException extends RuntimeException {

    private final ServerRefusal refusal;

    ServerRefusedException(String url, ServerRefusal refusal, Throwable cause) {
        super("the server at " + url + " refused: " + refusal, cause);
        this.refusal = refusal;
    }

    private ServerRefusedException(ServerRefusal refusal, Throwable cause) {
        super("the team server stopped the work under way: " + refusal, cause);
        this.refusal = refusal;
    }

    public ServerRefusal refusal() {
        return refusal;
    }

    /**
     * Runs work on a team server (a sync, docs/decisions/0019) and names the server's failures the user can act on: a
     * server that went away, a login refused, a permission denied become this exception; any other failure is a fault
     * and goes on as it came.
     */
    public static <T> T naming(Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException failure) {
            throw duringWork(failure).<RuntimeException>map(refusal -> new ServerRefusedException(refusal, failure))
                    .orElse(failure);
        }
    }

    /** The refusal behind a failure to open, by the SQL state of the server's or driver's answer, however wrapped. */
    static Optional<ServerRefusal> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28")) {
                    return Optional.of(ServerRefusal.LOGIN_REFUSED);
                }
                if (state.startsWith("08")) {
                    return Optional.of(ServerRefusal.UNREACHABLE);
                }
                if (state.equals("3D000")) {
                    return Optional.of(ServerRefusal.NO_DATABASE);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The refusal behind a failure of work under way, by the SQL state of PostgreSQL's answer, however wrapped. Only
     * the PostgreSQL driver's answers count: a laptop copy's (H2's) failure is not the server's.
     */
    static Optional<ServerRefusal> duringWork(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PSQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: the connection broke; 57P01-57P03: the server ended the session (pg_terminate_backend), shut
                // down or is starting up again.
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return Optional.of(ServerRefusal.CONNECTION_LOST);
                }
                if (state.startsWith("28")) {
                    return Optional.of(ServerRefusal.LOGIN_REFUSED);
                }
                // insufficient_privilege: a missing grant, or a row a row-level security policy refuses.
                if (state.equals("42501")) {
                    return Optional.of(ServerRefusal.PERMISSION_DENIED);
                }
            }
        }
        return Optional.empty();
    }
}
