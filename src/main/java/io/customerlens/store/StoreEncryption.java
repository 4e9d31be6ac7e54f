package io.customerlens.store;

import io.customerlens.domain.StorePassword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets, changes or removes the password of a closed store (docs/decisions/0015). The store is written afresh into
 * a new file beside it, encrypted with the new password (or not at all); the new file is opened again and must hold
 * the same number of rows in every table; only then does it replace the old file, in one atomic move. Killed at any
 * moment before that move, the store is the old one, with the old password; the half-made file is removed at the
 * next open.
 */
public final class StoreEncryption {

    /** The new file, beside the store until it replaces it. */
    static final String NEXT_NAME = Database.FILE_NAME + "-next";

    private StoreEncryption() {
    }

    /**
     * Gives the store in {@code folder} the password {@code next} ({@link StorePassword#NONE} removes it), opening
     * it with {@code current}. The store must not be open, in this process or another.
     *
     * @throws StorePasswordException when {@code current} does not open the store
     * @throws StoreInUseException    when another process has the store open
     */
    public static void change(Path folder, StorePassword current, StorePassword next) {
        Path absolute = folder.toAbsolutePath();
        removeLeftovers(absolute);
        StoreAccess old = Database.access(absolute, current);
        StoreAccess fresh = StoreAccess.of(absolute, NEXT_NAME, next);
        StoreScript script = new StoreScript(scriptFile(absolute));
        try {
            try (Connection connection = old.connect(); Statement statement = connection.createStatement()) {
                Map<String, Long> rows = rowCounts(statement);
                script.writeFrom(statement);
                writeFresh(fresh, script);
                Map<String, Long> rewritten = reopenAndCount(fresh);
                if (!rewritten.equals(rows)) {
                    throw new IllegalStateException("the rewritten store holds other row counts: " + rewritten
                            + " instead of " + rows);
                }
                // Held open until here, so no other process could change the store while it was copied.
                statement.execute("SHUTDOWN");
            }
            Path store = Database.storeFile(absolute);
            Path nextFile = Database.storeFile(absolute).resolveSibling(NEXT_NAME + ".mv.db");
            keepPermissions(store, nextFile);
            Files.move(nextFile, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            if (Database.hasErrorCode(e, org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1)) {
                throw new StorePasswordException(absolute, StorePasswordException.Problem.WRONG);
            }
            if (Database.hasErrorCode(e, org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                throw new StoreInUseException(absolute, e);
            }
            throw new IllegalStateException("cannot rewrite the store in " + absolute, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the store in " + absolute, e);
        } finally {
            removeLeftovers(absolute);
        }
    }

    private static void writeFresh(StoreAccess fresh, StoreScript script) throws SQLException {
        try (Connection connection = fresh.connect(); Statement statement = connection.createStatement()) {
            script.readInto(statement);
            statement.execute("SHUTDOWN");
        }
    }

    private static Map<String, Long> reopenAndCount(StoreAccess fresh) throws SQLException {
        try (Connection connection = fresh.connect(); Statement statement = connection.createStatement()) {
            Map<String, Long> rows = rowCounts(statement);
            statement.execute("SHUTDOWN");
            return rows;
        }
    }

    /** The number of rows of every table of the store, by table name. */
    private static Map<String, Long> rowCounts(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            try (ResultSet count = statement.executeQuery(
                    "SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                count.next();
                rows.put(table, count.getLong(1));
            }
        }
        return rows;
    }

    /** The new file is readable by whoever could read the old one, by the user only as a rule (PrivateFolder). */
    private static void keepPermissions(Path store, Path nextFile) throws IOException {
        if (Files.getFileStore(store).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(nextFile, Files.getPosixFilePermissions(store));
        }
    }

    /** Removes what a change killed half way left: the new file (it may hold the data unencrypted) and the script. */
    static void removeLeftovers(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(NEXT_NAME + ".mv.db"));
            Files.deleteIfExists(folder.resolve(NEXT_NAME + ".trace.db"));
            Files.deleteIfExists(scriptFile(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove what a password change left in " + folder, e);
        }
    }

    private static Path scriptFile(Path folder) {
        return folder.resolve(Database.FILE_NAME + "-password.sql.z");
    }
}
