package io.customerlens.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach a team store on a PostgreSQL server (docs/decisions/0016): its JDBC URL
 * ({@code jdbc:postgresql://host:5432/customerlens}), the database user and that user's password. The password
 * is never part of {@link #toString()}.
 */
public record ServerLogin(String url, String user, char[] password) {

    /** The beginning of every URL this store accepts. */
    public static final String URL_PREFIX = "jdbc:postgresql://";

    public ServerLogin {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        if (!isServerUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        password = password == null ? new char[0] : password.clone();
    }

    /** Whether {@code location} names a server store rather than a data folder. */
    public static boolean isServerUrl(String location) {
        return location != null && location.startsWith(URL_PREFIX);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /**
     * The server and database without the scheme and the parameters, as the user names them:
     * {@code jdbc:postgresql://db.example:5432/customerlens?ssl=true} is {@code db.example:5432/customerlens}.
     */
    public String place() {
        String rest = url.substring(URL_PREFIX.length());
        int parameters = rest.indexOf('?');
        return parameters < 0 ? rest : rest.substring(0, parameters);
    }

    /** The same server and database as another user. */
    public ServerLogin as(String otherUser, char[] otherPassword) {
        return new ServerLogin(url, otherUser, otherPassword);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerLogin login && login.url.equals(url) && login.user.equals(user)
                && Arrays.equals(login.password, password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user);
    }

    @Override
    public String toString() {
        return user + " @ " + url;
    }
}
