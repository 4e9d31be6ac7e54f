package io.customerlens.app;

import io.customerlens.cli.Diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's log (docs/decisions/0009): every record of CustomerLens and its libraries (SLF4J and
 * System.Logger both reach java.util.logging) goes to {@code logs/customerlens.0.log} in the data folder, at
 * most {@value #LIMIT_BYTES} bytes a file, {@value #GENERATIONS} generations kept ({@code customerlens.1.log} is
 * the one before). The folder is readable by the user only. Nothing goes to the console, which is the user's
 * and holds their language only, unless {@link #debug()} asks for it (the command line's {@code --debug}).
 *
 * <p>java.util.logging's configuration is the JVM's own; this class sets it once, at start, in {@link Main}
 * or the window's launch, never from a lower layer.
 */
final class AppLog implements Diagnostics {

    static final String FOLDER = "logs";
    static final String PATTERN = "customerlens.%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int GENERATIONS = 5;
    /** The most other instances whose log files are skipped, as FileHandler's own limit. */
    private static final int MAX_UNIQUE = 100;

    private final Logger root = Logger.getLogger("");
    private final Optional<Path> file;

    private AppLog(Optional<Path> file) {
        this.file = file;
    }

    /**
     * Sends every record at INFO and above to the rotated file in {@code dataFolder}'s log folder. When the folder
     * cannot be written (a read-only home), nothing is logged and {@link #logFile()} is empty: starting matters
     * more than the log.
     */
    static AppLog start(Path dataFolder) {
        quietConsole();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Path folder = dataFolder.toAbsolutePath().resolve(FOLDER);
        try {
            prepareFolder(dataFolder, folder);
            Path current = folder.resolve(currentName(folder));
            FileHandler handler = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT_BYTES, GENERATIONS, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new LogLineFormatter());
            handler.setLevel(Level.ALL);
            root.addHandler(handler);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(current, PosixFilePermissions.fromString("rw-------"));
            }
            return new AppLog(Optional.of(current));
        } catch (IOException | UncheckedIOException e) {
            // Said where a log file would be named: "the details could not be written to a log".
            return new AppLog(Optional.empty());
        }
    }

    /**
     * Takes java.util.logging's console handler away, before anything logs (the settings' first use logs "Created
     * user preferences directory." in English): the console is the user's.
     */
    static void quietConsole() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
    }

    @Override
    public Optional<Path> logFile() {
        return file;
    }

    /** CustomerLens's own records from DEBUG up, also on stderr (libraries stay at INFO). */
    @Override
    public void debug() {
        Logger.getLogger("io.customerlens").setLevel(Level.FINE);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.ALL);
        console.setFormatter(new LogLineFormatter());
        root.addHandler(console);
    }

    /**
     * Creates the data folder the way the store does ({@link PrivateFolder}), and the log folder inside it readable
     * by the user only.
     */
    private static void prepareFolder(Path dataFolder, Path folder) throws IOException {
        PrivateFolder.prepare(dataFolder);
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * The name FileHandler is about to use: {@code customerlens.0.log}, unless another running instance writes
     * there (it holds the lock file), then {@code customerlens.0.log.1} and so on, as FileHandler chooses. Asked
     * before the handler exists, so that closing the probing channel releases no lock of this process.
     */
    private static String currentName(Path folder) throws IOException {
        String first = PATTERN.replace("%g", "0");
        for (int unique = 0; unique < MAX_UNIQUE; unique++) {
            String name = unique == 0 ? first : first + "." + unique;
            Path lock = folder.resolve(name + ".lck");
            if (!Files.exists(lock) || !heldElsewhere(lock)) {
                return name;
            }
        }
        return first;
    }

    private static boolean heldElsewhere(Path lock) throws IOException {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException thisProcess) {
            return true;
        }
    }
}
