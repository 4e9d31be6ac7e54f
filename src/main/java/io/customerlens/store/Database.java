package io.customerlens.store;

import io.customerlens.domain.UnfinishedImport;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded store: an H2 database in file mode inside one data folder, migrated by Flyway when it is
 * opened. Everything else reaches the data through {@link #jdbi()} and the repositories of this package.
 */
public final class Database implements AutoCloseable {

    /** The database file is {@code customerlens.mv.db} inside the data folder. */
    public static final String FILE_NAME = "customerlens";

    /** Far longer than a normal close takes (H2 compacts for at most 200 ms on close). */
    static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final List<UnfinishedImport> unfinishedImportsRemoved;
    private final OpenMark mark;
    /**
     * Closes the store when the JVM ends without {@link #close()} (the system shutting down sends SIGTERM):
     * H2 would close its file anyway, but the open mark would stay and the next start would rebuild a sound
     * store for nothing.
     */
    private final Thread closeAtExit = new Thread(this::close, "customerlens-store-close-at-exit");
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Path folder, JdbcConnectionPool pool, OpenMark mark) {
        this.folder = folder;
        this.pool = pool;
        this.mark = mark;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // An import killed before its batch was complete left lines nobody sees; take them out now, so the
        // store is exactly as before that import (docs/decisions/0006).
        this.unfinishedImportsRemoved = List.copyOf(new IncompleteImports(jdbi).removeAll());
        Runtime.getRuntime().addShutdownHook(closeAtExit);
    }

    /**
     * Opens (creating when needed) the store in {@code folder} and brings its schema up to date. Fails with
     * Flyway's exception (wrapping H2's) when another process holds the database open or the file is damaged.
     */
    public static Database open(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + absolute, e);
        }
        OpenMark mark = new OpenMark(absolute);
        mark.repairAfterUncleanEnd(url(absolute));
        // The pool keeps connections open, so H2 keeps the database open until close() disposes the pool.
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(absolute), "sa", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        try {
            // Set once the store is ours (Flyway holds it open): a second process failing to open it leaves the
            // first one's mark alone.
            mark.set();
            return new Database(absolute, pool, mark);
        } catch (RuntimeException e) {
            pool.dispose();
            mark.clear();
            throw e;
        }
    }

    static String url(Path folder) {
        // Forward slashes: H2 accepts them on every platform, and backslashes would need escaping.
        String base = folder.resolve(FILE_NAME).toString().replace('\\', '/');
        // Lazy execution streams large scans (every fingerprint, every line fact) instead of buffering the
        // whole result, which for a million lines would spill to temporary files.
        return "jdbc:h2:file:" + base + ";LAZY_QUERY_EXECUTION=TRUE";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path folder() {
        return folder;
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
                mark.clear();
            } else {
                // Left marked: the next open rewrites the store before writing to it.
                closing.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
