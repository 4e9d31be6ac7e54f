package io.customerlens.app;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.SignedIn;
import io.customerlens.domain.TeamRole;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.AskAtStart;
import io.customerlens.settings.InMemoryKeyring;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.Setting;
import io.customerlens.settings.TeamServerChoice;
import io.customerlens.store.Database;
import io.customerlens.store.TeamRoles;
import io.customerlens.store.server.PostgresCluster;
import io.customerlens.store.server.PostgresExtension;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.password.StoreProtection;
import io.customerlens.ui.settings.ServerChoiceDraft.Location;
import io.customerlens.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app opening the team server chosen in the settings (docs/decisions/0020), without a screen, on a real
 * PostgreSQL server: who is signed in, and why not in the user's words, with the way back to the data folder.
 */
@ExtendWith(PostgresExtension.class)
@DisabledIfSystemProperty(named = PostgresExtension.SWITCH_PROPERTY, matches = "skip")
class ServerStartTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String REP_PASSWORD = "rep-secret";
    private static final String BOSS_PASSWORD = "boss-secret";

    private final AppSettings settings = new AppSettings(new InMemorySettingsStore());
    private final InMemoryKeyring keyring = new InMemoryKeyring();
    private ServerLogin owner;
    private String rep;
    private String boss;

    @BeforeEach
    void createTeamStore(PostgresCluster cluster) {
        int run = RUN.incrementAndGet();
        long pid = ProcessHandle.current().pid();
        String database = "server_start_" + run + "_" + pid;
        cluster.createDatabase(database);
        owner = cluster.admin(database);
        rep = "zhang_" + run + "_" + pid;
        boss = "boss_" + run + "_" + pid;
        try (Database store = Database.openServer(owner)) {
            new TeamRoles(store).addSalesperson(rep, REP_PASSWORD.toCharArray(), "张三");
            new TeamRoles(store).addManager(boss, BOSS_PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void dropStore(PostgresCluster cluster) throws SQLException {
        try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), owner.user(),
                new String(owner.password()));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + owner.url().substring(owner.url().lastIndexOf('/') + 1));
            for (String role : List.of(rep, boss)) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void theServerSavedInTheSettingsOpensSignedInAsTheSalesperson(@org.junit.jupiter.api.io.TempDir Path folder) {
        chooseInSettings(owner.url(), rep, REP_PASSWORD);

        ServerStart.Outcome outcome = openAsSaved();

        String place = owner.url().substring(ServerLogin.URL_PREFIX.length());
        assertThat(outcome).isInstanceOfSatisfying(ServerStart.Opened.class, opened -> {
            try (AppContext context = opened.context()) {
                assertThat(opened.signedIn()).contains(new SignedIn(rep, TeamRole.SALESPERSON, place));
                assertThat(context.teamService().isTeamServer()).isTrue();
            }
        });
    }

    @Test
    void aManagerIsSignedInAsManagerAndTheStoresOwnerAsOwner() {
        chooseInSettings(owner.url(), boss, BOSS_PASSWORD);
        assertThat(roleOf(openAsSaved())).isEqualTo(TeamRole.MANAGER);

        chooseInSettings(owner.url(), owner.user(), new String(owner.password()));
        assertThat(roleOf(openAsSaved())).isEqualTo(TeamRole.OWNER);
    }

    @Test
    void aWrongPasswordIsRefusedAsALoginTheUserCanRetype() {
        chooseInSettings(owner.url(), rep, "not-" + REP_PASSWORD);

        assertThat(openAsSaved()).isEqualTo(new ServerStart.Refused("server.refused.LOGIN_REFUSED", true));
    }

    @Test
    void anUnreachableServerOrAMissingDatabaseIsSaidAndTheFolderOffered(PostgresCluster cluster) throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        chooseInSettings("jdbc:postgresql://127.0.0.1:" + freePort + "/customerlens", rep, REP_PASSWORD);
        assertThat(openAsSaved()).isEqualTo(new ServerStart.Refused("server.refused.UNREACHABLE", false));

        chooseInSettings(cluster.url("no_such_store_" + ProcessHandle.current().pid()), owner.user(),
                new String(owner.password()));
        assertThat(openAsSaved()).isEqualTo(new ServerStart.Refused("server.refused.NO_DATABASE", false));
    }

    @Test
    void everyRefusalIsSaidInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (String reason : List.of("LOGIN_REFUSED", "UNREACHABLE", "NO_DATABASE", "OTHER", "NOT_SIGNED_IN")) {
                assertThat(messages.get("server.refused." + reason)).doesNotStartWith("!").isNotBlank();
            }
        }
    }

    @Test
    void goingBackToTheFolderForgetsTheServerAndItsPassword() {
        chooseInSettings(owner.url(), rep, "not-" + REP_PASSWORD);
        ServerStart start = new ServerStart(settings, keyring, AppContext::onServer);

        start.useFolder();

        assertThat(settings.get(Setting.TEAM_SERVER)).isEmpty();
        assertThat(keyring.kept()).isEmpty();
        assertThat(start.chosen()).isEmpty();
    }

    @Test
    void withoutAKeyringNoPasswordIsKeptSoItIsAskedAtStart() {
        PasswordKeyring none = new AskAtStart();
        SettingsViewModel dialog = new SettingsViewModel(settings, Path.of("unused"), StoreProtection.UNAVAILABLE, none);
        dialog.server().locationProperty().set(Location.SERVER);
        dialog.server().urlProperty().set(owner.url());
        dialog.server().userProperty().set(rep);
        dialog.server().passwordProperty().set(REP_PASSWORD);
        dialog.apply();

        ServerStart start = new ServerStart(settings, none, AppContext::onServer);

        TeamServerChoice server = start.chosen().orElseThrow();
        assertThat(start.keptPassword(server)).isEmpty();
        // The password typed at start opens it.
        assertThat(start.open(server, REP_PASSWORD.toCharArray())).isInstanceOfSatisfying(ServerStart.Opened.class,
                opened -> opened.context().close());
    }

    /** What the user does in the settings dialog: the team server, user and password, applied. */
    private void chooseInSettings(String url, String user, String password) {
        SettingsViewModel dialog = new SettingsViewModel(settings, Path.of("unused"), StoreProtection.UNAVAILABLE,
                keyring);
        dialog.server().locationProperty().set(Location.SERVER);
        dialog.server().urlProperty().set(url);
        dialog.server().userProperty().set(user);
        dialog.server().passwordProperty().set(password);
        dialog.apply();
    }

    /** What the app does at start: the server from the settings, the password from the keyring. */
    private ServerStart.Outcome openAsSaved() {
        ServerStart start = new ServerStart(settings, keyring, AppContext::onServer);
        TeamServerChoice server = start.chosen().orElseThrow();
        return start.open(server, start.keptPassword(server).orElseThrow());
    }

    private static TeamRole roleOf(ServerStart.Outcome outcome) {
        ServerStart.Opened opened = (ServerStart.Opened) outcome;
        try (AppContext context = opened.context()) {
            return opened.signedIn().orElseThrow().role();
        }
    }
}
