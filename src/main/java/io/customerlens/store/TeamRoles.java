package io.customerlens.store;

import io.customerlens.domain.SignedIn;
import io.customerlens.domain.TeamRole;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.regex.Pattern;

/**
 * The logins of a team store on a PostgreSQL server (docs/decisions/0016): a salesperson's login, mapped to the
 * salesperson names whose customers it sees, and the managers' logins, which see everyone. Run by the login that
 * created the store (it needs the right to create roles). Each change is one transaction.
 */
public final class TeamRoles {

    /** Lower-case letters, digits and underscores, starting with a letter: a role name that needs no quoting. */
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Jdbi jdbi;

    public TeamRoles(Database database) {
        if (database.vendor() != StoreVendor.POSTGRESQL) {
            throw new IllegalArgumentException("logins and row-level security are a team server's");
        }
        this.jdbi = database.jdbi();
    }

    /**
     * Creates the login {@code role} (unless it exists) as a salesperson, and maps {@code salesperson} (the
     * customers' salesperson field) to it: the login then sees those customers, their lines and tasks.
     */
    public void addSalesperson(String role, char[] password, String salesperson) {
        requireRoleName(role);
        jdbi.useTransaction(handle -> {
            createLogin(handle, role, password, "customerlens_salesperson");
            handle.createUpdate("""
                            MERGE INTO salesperson_role t USING (SELECT CAST(? AS VARCHAR(1000)) AS salesperson,
                                                                        CAST(? AS VARCHAR(200)) AS role_name) s
                            ON t.salesperson = s.salesperson
                            WHEN MATCHED THEN UPDATE SET role_name = s.role_name
                            WHEN NOT MATCHED THEN INSERT (salesperson, role_name) VALUES (s.salesperson, s.role_name)""")
                    .bind(0, salesperson).bind(1, role).execute();
        });
    }

    /** Creates the login {@code role} (unless it exists) as a manager: it sees every customer. */
    public void addManager(String role, char[] password) {
        requireRoleName(role);
        jdbi.useTransaction(handle -> createLogin(handle, role, password, "customerlens_manager"));
    }

    /**
     * Who this store's connections are signed in as. The owner first: a superuser is a member of every role, and the
     * login that ran {@code team init} owns the tables; neither is bound by the row rules.
     *
     * @param place the server and database, as the status bar names them
     */
    public SignedIn signedIn(String place) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT current_user AS login,
                               (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                               OR EXISTS (SELECT 1 FROM pg_class WHERE relname = 'customer' AND relkind = 'r'
                                          AND pg_get_userbyid(relowner) = current_user) AS owner,
                               pg_has_role(current_user, 'customerlens_manager', 'MEMBER') AS manager""")
                .map((row, context) -> new SignedIn(row.getString("login"),
                        row.getBoolean("owner") ? TeamRole.OWNER
                                : row.getBoolean("manager") ? TeamRole.MANAGER : TeamRole.SALESPERSON, place))
                .one());
    }

    private static void createLogin(Handle handle, String role, char[] password, String group) {
        boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)").bind(0, role)
                .mapTo(Boolean.class).one();
        // The server quotes the name and the password itself (format's %I and %L): neither is pasted into SQL here.
        String statement = exists
                ? handle.createQuery("SELECT format('GRANT %I TO %I', ?, ?)").bind(0, group).bind(1, role)
                        .mapTo(String.class).one()
                : handle.createQuery("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', ?, ?, ?)")
                        .bind(0, role).bind(1, new String(password)).bind(2, group).mapTo(String.class).one();
        handle.execute(statement);
    }

    private static void requireRoleName(String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("a login name is lower-case letters, digits and _, starting with a"
                    + " letter: " + role);
        }
    }
}
