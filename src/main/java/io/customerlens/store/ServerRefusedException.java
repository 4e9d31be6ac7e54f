package io.customerlens.store;

import io.customerlens.domain.ServerRefusal;

import java.sql.SQLException;
import java.util.Optional;

/** A team server could not be opened for a reason the user can act on ({@link ServerRefusal}). */
public final class ServerRefusedException extends RuntimeException {

    private final ServerRefusal refusal;

    ServerRefusedException(String url, ServerRefusal refusal, Throwable cause) {
        super("the server at " + url + " refused: " + refusal, cause);
        this.refusal = refusal;
    }

    public ServerRefusal refusal() {
        return refusal;
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
}
