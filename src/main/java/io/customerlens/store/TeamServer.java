package io.customerlens.store;

import io.customerlens.domain.ServerLogin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating a team store's database on a PostgreSQL server (docs/decisions/0016). */
public final class TeamServer {

    private TeamServer() {
    }

    /**
     * Creates the database the login's URL names, unless it exists, connected to the server's {@code postgres}
     * database as that login (which needs the right to create databases). Byte-order collation, so that lists sort
     * as the embedded store sorts them.
     *
     * @return whether the database was created now
     */
    public static boolean createDatabaseIfMissing(ServerLogin login) throws SQLException {
        String url = login.url();
        int slash = url.indexOf('/', ServerLogin.URL_PREFIX.length());
        int end = url.indexOf('?', slash) < 0 ? url.length() : url.indexOf('?', slash);
        String name = url.substring(slash + 1, end);
        String maintenance = url.substring(0, slash + 1) + "postgres" + url.substring(end);
        try (Connection connection = DriverManager.getConnection(maintenance, login.user(),
                new String(login.password()))) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            String create;
            // The server quotes the name itself (format's %I).
            try (PreparedStatement quote = connection.prepareStatement("SELECT format('CREATE DATABASE %I TEMPLATE"
                    + " template0 ENCODING ''UTF8'' LC_COLLATE ''C'' LC_CTYPE ''C''', ?)")) {
                quote.setString(1, name);
                try (ResultSet rows = quote.executeQuery()) {
                    rows.next();
                    create = rows.getString(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(create);
            }
            return true;
        }
    }
}
