package io.customerlens.store;

import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.StorePassword;
import io.customerlens.domain.UnfinishedImport;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store: an H2 database in file mode inside one data folder, or a team store on a PostgreSQL server
 * ({@link #openServer}, docs/decisions/0016), migrated by Flyway when it is opened. Everything else reaches the
 * data through {@link #jdbi()} and the repositories of this package.
 */
public final class Database implements AutoCloseable {

    /** The database file is {@code customerlens.mv.db} inside the data folder. */
    public static final String FILE_NAME = "customerlens";

    /** Far longer than a normal close takes (H2 compacts for at most 200 ms on close). */
    static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    /** The migrations both databases run; those written for one of them are in a folder named after it. */
    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    private final Path folder;
    private final StoreVendor vendor;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final List<UnfinishedImport> unfinishedImportsRemoved;
    /** Empty for a read-only copy: nobody else ever opens it, and it is deleted at close. */
    private final Optional<OpenMark> mark;
    private final boolean readOnly;
    private final boolean encrypted;
    /**
     * Closes the store when the JVM ends without {@link #close()} (the system shutting down sends SIGTERM):
     * H2 would close its file anyway, but the open mark would stay and the next start would rebuild a sound
     * store for nothing.
     */
    private final Thread closeAtExit = new Thread(this::close, "customerlens-store-close-at-exit");
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Path folder, JdbcConnectionPool pool, Optional<OpenMark> mark, boolean encrypted) {
        this(folder, StoreVendor.H2, pool, mark, mark.isEmpty(), encrypted);
    }

    private Database(Path folder, StoreVendor vendor, JdbcConnectionPool pool, Optional<OpenMark> mark,
                     boolean readOnly, boolean encrypted) {
        this.folder = folder;
        this.vendor = vendor;
        this.encrypted = encrypted;
        this.pool = pool;
        this.mark = mark;
        this.readOnly = readOnly;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // A failed statement's message names no bound values: they are customer data (names, contacts), and an
        // unexpected failure's message goes to the log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        // An import killed before its batch was complete left lines nobody sees; take them out now, so the
        // store is exactly as before that import (docs/decisions/0006). A read-only copy leaves them: they are
        // invisible anyway, and may belong to an import the other window is running. A team server removes only
        // those whose importing session is gone: another salesperson's import may be under way (0019).
        this.unfinishedImportsRemoved = readOnly ? List.of() : List.copyOf(vendor == StoreVendor.POSTGRESQL
                ? new IncompleteImports(jdbi).removeAbandonedOnServer() : new IncompleteImports(jdbi).removeAll());
        Runtime.getRuntime().addShutdownHook(closeAtExit);
    }

    /**
     * Opens (creating when needed) the store in {@code folder} and brings its schema up to date. Fails with
     * {@link StoreInUseException} when another process holds the database open, with Flyway's exception (wrapping
     * H2's) when the file is damaged.
     */
    public static Database open(Path folder) {
        return open(folder, StorePassword.NONE);
    }

    /**
     * Opens the store in {@code folder} as {@link #open(Path)} does; an encrypted store with {@code password}
     * (docs/decisions/0015). A new store is created encrypted when a password is given; a store without a password
     * opens whatever is given. Fails with {@link StorePasswordException} when the store is encrypted and the password
     * is missing or wrong.
     */
    public static Database open(Path folder, StorePassword password) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + absolute, e);
        }
        // A password change killed half way left its new file beside the store: the store itself is the old one.
        StoreEncryption.removeLeftovers(absolute);
        StoreAccess access = access(absolute, password);
        OpenMark mark = new OpenMark(absolute);
        mark.repairAfterUncleanEnd(access);
        // The pool keeps connections open, so H2 keeps the database open until close() disposes the pool.
        JdbcConnectionPool pool = access.pool();
        pool.setMaxConnections(8);
        migrate(absolute, StoreVendor.H2, pool);
        try {
            // Set once the store is ours (Flyway holds it open): a second process failing to open it leaves the
            // first one's mark alone.
            mark.set();
            return new Database(absolute, pool, Optional.of(mark), access.encrypted());
        } catch (RuntimeException e) {
            pool.dispose();
            mark.clear();
            throw e;
        }
    }

    /** Whether the store in {@code folder} is encrypted, so a password must be asked before opening it. */
    public static boolean isEncrypted(Path folder) {
        return StoreAccess.isEncrypted(storeFile(folder.toAbsolutePath()));
    }

    /** How to open the store file in {@code folder}: encrypted when it is, or when it is new and a password given. */
    static StoreAccess access(Path folder, StorePassword password) {
        Path file = storeFile(folder);
        boolean encrypted = StoreAccess.isEncrypted(file);
        if (encrypted && password.isNone()) {
            throw new StorePasswordException(folder, StorePasswordException.Problem.MISSING);
        }
        boolean plainFile = Files.exists(file) && !encrypted;
        return StoreAccess.of(folder, FILE_NAME, plainFile ? StorePassword.NONE : password);
    }

    static Path storeFile(Path folder) {
        return folder.resolve(FILE_NAME + ".mv.db");
    }

    /**
     * A copy of the store in {@code folder}, taken now into a new temporary folder readable by the user only, and
     * opened read-only: for a second window while another process holds the store (docs/decisions/0009). Its
     * schema is brought up to date first, as {@link #open} does; after that H2 refuses every write
     * ({@code ACCESS_MODE_DATA=r}), and the store's writers refuse before trying ({@link StoreReadOnlyException}).
     * The copy is deleted when the store is closed.
     */
    public static Database openReadOnlyCopy(Path folder) {
        return openReadOnlyCopy(folder, StorePassword.NONE);
    }

    /** {@link #openReadOnlyCopy(Path)} of an encrypted store: the copy stays encrypted with the same password. */
    public static Database openReadOnlyCopy(Path folder, StorePassword password) {
        Path source = storeFile(folder.toAbsolutePath());
        Path copy;
        try {
            // A temporary folder is created readable by its owner only (700) on POSIX file systems.
            copy = Files.createTempDirectory("customerlens-read-only-");
            Files.copy(source, storeFile(copy), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
        try {
            StoreAccess access = access(copy, password);
            JdbcConnectionPool migration = access.pool();
            migrate(copy, StoreVendor.H2, migration);
            migration.dispose();
            JdbcConnectionPool pool = access.with(";ACCESS_MODE_DATA=r").pool();
            pool.setMaxConnections(8);
            return new Database(copy, pool, Optional.empty(), access.encrypted());
        } catch (RuntimeException e) {
            deleteCopy(copy);
            throw e instanceof StorePasswordException refused
                    ? new StorePasswordException(folder.toAbsolutePath(), refused.problem()) : e;
        }
    }

    /**
     * Opens the team store on a PostgreSQL server and brings its schema up to date (the same migrations as the
     * embedded store, docs/decisions/0016). Nothing is kept on this machine: {@link #folder()} is the temporary
     * folder, where an import's room is checked.
     *
     * @throws ServerRefusedException when the login is refused, the server does not answer or has no such database
     */
    public static Database openServer(ServerLogin login) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(login.url());
        source.setUser(login.user());
        source.setPassword(new String(login.password()));
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        Path local = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        try {
            migrate(local, StoreVendor.POSTGRESQL, pool);
        } catch (RuntimeException e) {
            throw ServerRefusedException.behind(e).<RuntimeException>map(
                    refusal -> new ServerRefusedException(login.url(), refusal, e)).orElse(e);
        }
        return new Database(local, StoreVendor.POSTGRESQL, pool, Optional.empty(), false, false);
    }

    /** Brings the schema up to date; the pool is disposed when that fails. */
    private static void migrate(Path folder, StoreVendor vendor, JdbcConnectionPool pool) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(COMMON_MIGRATIONS, "classpath:db/migration/" + vendor.name().toLowerCase(Locale.ROOT))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            if (heldElsewhere(e)) {
                throw new StoreInUseException(folder, e);
            }
            if (hasErrorCode(e, ErrorCode.FILE_ENCRYPTION_ERROR_1)) {
                // H2's "Encryption error in file": the password does not decrypt it.
                throw new StorePasswordException(folder, StorePasswordException.Problem.WRONG);
            }
            throw e;
        }
    }

    /** H2's "Database may be already in use" (the file is locked by another process), however wrapped. */
    private static boolean heldElsewhere(Throwable failure) {
        return hasErrorCode(failure, ErrorCode.DATABASE_ALREADY_OPEN_1);
    }

    /** Whether H2's error {@code code} is behind {@code failure}, however wrapped. */
    static boolean hasErrorCode(Throwable failure, int code) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path folder() {
        return folder;
    }

    /** The database this store runs on. */
    public StoreVendor vendor() {
        return vendor;
    }

    /** Whether the store file is encrypted with a password (docs/decisions/0015). */
    public boolean isEncrypted() {
        return encrypted;
    }

    /** Whether this is a read-only copy ({@link #openReadOnlyCopy}): every write is refused. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Refuses a write to a read-only copy before anything is tried. */
    void requireWritable() {
        if (readOnly) {
            throw new StoreReadOnlyException();
        }
    }

    /** Imports left unfinished by a killed process and removed when this store was opened; usually none. */
    public List<UnfinishedImport> unfinishedImportsRemoved() {
        return unfinishedImportsRemoved;
    }

    /**
     * Closes the store, waiting at most {@link #CLOSE_LIMIT}: after a write the disk refused, H2 can hang for
     * good inside its close. The file is then left as a killed process leaves it, which the store survives
     * (docs/decisions/0007).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(closeAtExit);
        } catch (IllegalStateException e) {
            // The JVM is ending: this is the hook itself.
        }
        Thread closing = Thread.ofPlatform().name("customerlens-store-close").daemon().start(pool::dispose);
        try {
            if (closing.join(CLOSE_LIMIT)) {
                if (mark.isPresent()) {
                    mark.get().clear();
                } else if (vendor == StoreVendor.H2) {
                    deleteCopy(folder);
                }
            } else {
                // Left marked: the next open rewrites the store before writing to it.
                closing.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes a read-only copy and its folder; what cannot be removed stays in the temporary folder. */
    private static void deleteCopy(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the read-only copy " + copy, e);
        }
    }
}
