package io.customerlens.store;

import io.customerlens.domain.ServerRefusal;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the store names when a server fails work under way (docs/decisions/0019): PostgreSQL's SQL states as its
 * server sends them (pg_terminate_backend sends 57P01, a broken socket 08006), and nothing for any other failure.
 */
class ServerRefusedExceptionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "57P01, CONNECTION_LOST",
            "57P02, CONNECTION_LOST",
            "08006, CONNECTION_LOST",
            "28P01, LOGIN_REFUSED",
            "28000, LOGIN_REFUSED",
            "42501, PERMISSION_DENIED",
            "23505, ",
            "42P01, "})
    void aServersAnswerIsNamedByItsState(String state, ServerRefusal expected) {
        PSQLException answer = new PSQLException(
                new ServerErrorMessage("SERROR\0C" + state + "\0Mthe server's words\0"));

        assertThat(ServerRefusedException.duringWork(new ConnectionException(answer)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    /** H2's failures belong to the laptop copy, whatever their state: not the server's to name. */
    @ParameterizedTest
    @CsvSource({"08000", "28000", "42501"})
    void theLaptopCopysFailureIsNotTheServers(String state) {
        assertThat(ServerRefusedException.duringWork(new ConnectionException(new SQLException("h2", state)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"57P01, CONNECTION_LOST", "23505, "})
    void workThatFailsEndsInTheNamedExceptionOrItsOwnFailure(String state, ServerRefusal expected) {
        ConnectionException failure = new ConnectionException(
                new PSQLException(new ServerErrorMessage("SFATAL\0C" + state + "\0Mgone\0")));

        assertThatThrownBy(() -> ServerRefusedException.naming(() -> {
            throw failure;
        })).satisfies(thrown -> {
            if (expected == null) {
                assertThat(thrown).isSameAs(failure);
            } else {
                assertThat(thrown).isInstanceOf(ServerRefusedException.class).hasCause(failure);
                assertThat(((ServerRefusedException) thrown).refusal()).isEqualTo(expected);
            }
        });
    }
}
