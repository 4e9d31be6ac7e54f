package io.customerlens.store.server;

import io.customerlens.domain.ServerLogin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests: a new cluster in a folder under the build folder, listening on a free
 * port of 127.0.0.1 only, with password logins (scram-sha-256) and no durability (fsync off): the tests need a
 * real server, not a safe one. PostgreSQL refuses to run as root, so as root the programs run as the system user
 * {@code postgres}, which the Debian package creates. {@link #close()} stops the server and removes the folder.
 */
public final class PostgresCluster implements AutoCloseable {

    /** The superuser of the cluster. */
    static final String ADMIN = "postgres";

    private static final String FOLDER_PREFIX = "customerlens-postgres-";

    private final PostgresBinaries binaries;
    private final Path folder;
    private final int port;
    private final char[] adminPassword;
    private final List<String> runAs;

    private PostgresCluster(PostgresBinaries binaries, Path folder, int port, char[] adminPassword,
                            List<String> runAs) {
        this.binaries = binaries;
        this.folder = folder;
        this.port = port;
        this.adminPassword = adminPassword;
        this.runAs = runAs;
    }

    /** Creates and starts a cluster in a new folder under {@code parent}. */
    static PostgresCluster start(PostgresBinaries binaries, Path parent) throws IOException {
        List<String> runAs = runningAsRoot() ? List.of("runuser", "-u", ADMIN, "--") : List.of();
        Files.createDirectories(parent);
        // The server's user must be able to walk to its folder: a clone under /root is not reachable.
        Path under = runAs.isEmpty() || reachableByOthers(parent.toAbsolutePath()) ? parent.toAbsolutePath()
                : Path.of(System.getProperty("java.io.tmpdir"));
        stopLeftOvers(binaries, under, runAs);
        Path folder = Files.createTempDirectory(under, FOLDER_PREFIX);
        char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        PostgresCluster cluster = new PostgresCluster(binaries, folder, freePort(), password, runAs);
        cluster.initialise();
        cluster.startServer();
        return cluster;
    }

    /**
     * Stops and removes the clusters of earlier runs whose JVM was killed before it could stop them: the clusters
     * are throw-away, and one left running would hold its port and memory for good.
     */
    private static void stopLeftOvers(PostgresBinaries binaries, Path under, List<String> runAs) throws IOException {
        List<Path> leftOvers;
        try (Stream<Path> folders = Files.list(under)) {
            leftOvers = folders.filter(folder -> folder.getFileName().toString().startsWith(FOLDER_PREFIX)).toList();
        }
        for (Path leftOver : leftOvers) {
            PostgresCluster old = new PostgresCluster(binaries, leftOver, 0, new char[0], runAs);
            try {
                old.close();
            } catch (IOException notRunning) {
                // Not running any more: close() removed its folder all the same.
            }
        }
    }

    /** A login of the superuser to one database of this cluster. */
    public ServerLogin admin(String database) {
        return new ServerLogin(url(database), ADMIN, adminPassword);
    }

    public String url(String database) {
        return ServerLogin.URL_PREFIX + "127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates a database as a copy of {@code template} unless it exists; databases copied from a migrated
     * template open without running the migrations again.
     */
    public void createDatabase(String name, String template) {
        try (Connection connection = connect(admin("postgres"));
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }

    /** Creates an empty database (byte-order collation, as H2 sorts) unless it exists. */
    public void createDatabase(String name) {
        try (Connection connection = connect(admin("postgres"));
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                        + " LC_CTYPE 'C'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }

    static Connection connect(ServerLogin login) throws SQLException {
        return DriverManager.getConnection(login.url(), login.user(), new String(login.password()));
    }

    private void initialise() throws IOException {
        Path passwordFile = folder.resolve("admin-password");
        Files.writeString(passwordFile, new String(adminPassword), StandardCharsets.UTF_8);
        handOver(folder);
        handOver(passwordFile);
        run(List.of(binaries.program("initdb").toString(), "-D", dataFolder().toString(), "-U", ADMIN,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"));
        Files.delete(passwordFile);
    }

    private void startServer() throws IOException {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(List.of(binaries.program("pg_ctl").toString(), "-D", dataFolder().toString(), "-o", options, "-w",
                "-t", "60", "-l", folder.resolve("server.log").toString(), "start"));
    }

    /** Stops the server at once (its data is thrown away) and removes its folder. */
    @Override
    public void close() throws IOException {
        try {
            run(List.of(binaries.program("pg_ctl").toString(), "-D", dataFolder().toString(), "-m", "immediate",
                    "-w", "stop"));
        } finally {
            deleteAll(folder);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Path dataFolder() {
        return folder.resolve("data");
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        Path output = Files.createTempFile(folder, "command-", ".log");
        handOver(output);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", full));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n"
                    + Files.readString(output));
        }
    }

    /** As root, gives the file to the user the server runs as. */
    private void handOver(Path file) throws IOException {
        if (!runAs.isEmpty()) {
            UserPrincipal owner = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(ADMIN);
            Files.setOwner(file, owner);
        }
    }

    private static boolean reachableByOthers(Path folder) throws IOException {
        for (Path step = folder; step != null; step = step.getParent()) {
            if (!java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(step))
                    .endsWith("x")) {
                return false;
            }
        }
        return true;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }
}
