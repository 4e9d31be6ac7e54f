package io.customerlens.domain;

import java.util.Objects;

/**
 * Who is signed in to a team store (docs/decisions/0016): the database login, what it may see, and the server and
 * database as the status bar names them ({@code host:port/db}).
 */
public record SignedIn(String login, TeamRole role, String place) {

    public SignedIn {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(place, "place");
    }
}
