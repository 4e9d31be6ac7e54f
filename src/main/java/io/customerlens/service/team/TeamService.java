package io.customerlens.service.team;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.SignedIn;
import io.customerlens.store.Database;
import io.customerlens.store.StoreVendor;
import io.customerlens.store.TeamRoles;
import io.customerlens.store.TeamServer;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The logins of a team store (docs/decisions/0016): who signs in as a salesperson and which customers they see,
 * who signs in as a manager. Only a team server has logins; on the embedded store every call is refused.
 */
public final class TeamService {

    private final Database database;

    public TeamService(Database database) {
        this.database = database;
    }

    /**
     * Creates the team store's database on the server unless it exists (opening it then creates the tables, the
     * roles and the row-level security).
     *
     * @return whether it was created now
     * @throws IllegalStateException when the server cannot be reached or refuses (the cause says why, for the log)
     */
    public static boolean createDatabaseIfMissing(ServerLogin admin) {
        try {
            return TeamServer.createDatabaseIfMissing(admin);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the team database at " + admin.url(), e);
        }
    }

    /** Whether the store is a team server (and so has logins). */
    public boolean isTeamServer() {
        return database.vendor() == StoreVendor.POSTGRESQL;
    }

    /**
     * Who is signed in, on a team server; nobody signs in to the embedded store.
     *
     * @param place the server and database, as the status bar names them ({@link ServerLogin#place()})
     */
    public Optional<SignedIn> signedIn(String place) {
        return isTeamServer() ? Optional.of(new TeamRoles(database).signedIn(place)) : Optional.empty();
    }

    /** A salesperson's login, seeing the customers whose salesperson is {@code salesperson}. */
    public void addSalesperson(String login, char[] password, String salesperson) {
        new TeamRoles(database).addSalesperson(login, password, salesperson);
    }

    /** A manager's login, seeing every customer. */
    public void addManager(String login, char[] password) {
        new TeamRoles(database).addManager(login, password);
    }
}
