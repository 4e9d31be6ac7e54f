package io.customerlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A file beside the database that says "a process has this store open"; a clean close removes it. Found at
 * open, it means the last process died with the store open (killed, power cut, crash).
 *
 * <p>Why it matters: H2 2.5 opens such a file and reads it correctly, but writes after it can leave the file
 * unreadable at the next open ("File corrupted in chunk …, expected page length …"); reproduced on a store from
 * the kill test (one kill in about 80): an insert and an update, a close, and the next open fails. So a store
 * whose last process died is rebuilt from its rows ({@link #rebuild}) before anything writes to it.
 */
final class OpenMark {

    static final String FILE_NAME = Database.FILE_NAME + ".open";

    private static final System.Logger LOG = System.getLogger(OpenMark.class.getName());

    private final Path mark;
    private final Path databaseFile;

    OpenMark(Path folder) {
        this.mark = folder.resolve(FILE_NAME);
        this.databaseFile = folder.resolve(Database.FILE_NAME + ".mv.db");
    }

    /**
     * Rebuilds the store if the last process that had it open died, so that writing to it is safe. A store that
     * another running process holds open is left alone: opening it fails anyway, with the usual message.
     */
    void repairAfterUncleanEnd(StoreAccess access) {
        restoreInterruptedRepair();
        if (!Files.exists(mark) || !Files.exists(databaseFile) || holderIsAlive()) {
            return;
        }
        try {
            rebuild(access);
            // Not shown by default: the console is the user's, and its messages are in the user's language.
            LOG.log(System.Logger.Level.DEBUG, "The store in " + databaseFile.getParent()
                    + " was not closed by the last process that used it; it was rebuilt before use.");
        } catch (SQLException | IOException e) {
            // Held open by another process (the open after this says so in words), unreadable (likewise), or
            // no room for the copy: the store stays as it was.
            LOG.log(System.Logger.Level.DEBUG, "Could not rebuild the store after an unclean end: " + e.getMessage());
            restoreInterruptedRepair();
        }
    }

    /**
     * Writes every table out as SQL, moves the file aside, and reads the SQL into a new file: the new file holds
     * the same rows (and sequence values) written afresh. H2's own compaction was not enough: it copies pages as
     * they are, and the kill-test store stayed unreadable after an insert and an update.
     */
    private void rebuild(StoreAccess access) throws SQLException, IOException {
        StoreScript script = new StoreScript(scriptFile());
        try (Connection connection = access.connect();
             Statement statement = connection.createStatement()) {
            script.writeFrom(statement);
            statement.execute("SHUTDOWN");
        }
        Files.move(databaseFile, asideFile());
        try (Connection connection = access.connect();
             Statement statement = connection.createStatement()) {
            script.readInto(statement);
            statement.execute("SHUTDOWN");
        }
        // Readable by the user only, as the file it replaces was (PrivateFolder).
        if (Files.getFileStore(databaseFile).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(databaseFile, Files.getPosixFilePermissions(asideFile()));
        }
        Files.delete(asideFile());
        Files.delete(scriptFile());
    }

    /** A rebuild killed half way: the original file is put back, to be rebuilt again. */
    private void restoreInterruptedRepair() {
        try {
            if (Files.exists(asideFile())) {
                Files.deleteIfExists(databaseFile);
                Files.move(asideFile(), databaseFile);
            }
            Files.deleteIfExists(scriptFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put back " + asideFile(), e);
        }
    }

    private Path asideFile() {
        return databaseFile.resolveSibling(Database.FILE_NAME + ".mv.db.before-rebuild");
    }

    private Path scriptFile() {
        return databaseFile.resolveSibling(Database.FILE_NAME + "-rebuild.sql.gz");
    }

    /**
     * Whether the process named in the mark still runs: this one (a second open in the same process shares the
     * database, and a rebuild would shut it under the first) or another instance. A dead process's number
     * reused by an unrelated one only skips the rebuild, the state before this class existed.
     */
    private boolean holderIsAlive() {
        try {
            long pid = Long.parseLong(Files.readString(mark).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mark, e);
        }
    }

    /** Says that this process has the store open. */
    void set() {
        try {
            Files.writeString(mark, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + mark, e);
        }
    }

    /** Says that the store was closed cleanly. */
    void clear() {
        try {
            Files.deleteIfExists(mark);
        } catch (IOException e) {
            // The next open then compacts a sound store: slower, never wrong.
            LOG.log(System.Logger.Level.WARNING, "Could not remove " + mark + ": " + e.getMessage());
        }
    }
}
