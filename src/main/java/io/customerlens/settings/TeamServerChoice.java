package io.customerlens.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * The team server the app opens instead of a data folder (docs/decisions/0016, 0020): its JDBC URL and the login's
 * user name. The password is not part of it: it is kept in the OS keyring, or asked at start, never in preferences.
 */
public record TeamServerChoice(String url, String user) {

    /** The beginning of every URL a team server has (the same as {@code ServerLogin.URL_PREFIX}). */
    public static final String URL_PREFIX = "jdbc:postgresql://";

    public TeamServerChoice {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        if (!url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        if (user.isBlank() || user.contains("\n")) {
            throw new IllegalArgumentException("no user name");
        }
    }

    /** As one preferences value: the user, a line break, the URL (a user name has no line break). */
    String write() {
        return user + "\n" + url;
    }

    /** A value written by {@link #write()}; anything else (edited by hand) is no server. */
    static Optional<TeamServerChoice> read(String text) {
        int lineBreak = text.indexOf('\n');
        if (lineBreak < 0) {
            return Optional.empty();
        }
        String user = text.substring(0, lineBreak);
        String url = text.substring(lineBreak + 1);
        if (user.isBlank() || !url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(new TeamServerChoice(url, user));
    }
}
