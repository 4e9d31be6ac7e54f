package io.customerlens.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A data folder that CustomerLens creates holds the customers' names and sales, so on a file system with POSIX
 * permissions it is made readable by its owner only (700) and the files the store created in it on first open
 * get 600. A folder that already exists keeps the permissions its owner gave it (it may be shared on purpose):
 * its store files are closed off only when the folder itself is owner-only (made here, by the log at start
 * ({@link AppLog}) or by an earlier start). On Windows the user's profile folder is already private.
 */
final class PrivateFolder {

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private final boolean ownerOnly;

    private PrivateFolder(Path folder, boolean ownerOnly) {
        this.folder = folder;
        this.ownerOnly = ownerOnly;
    }

    /** Creates {@code folder} (and missing parents) owner-only when it does not exist yet. */
    static PrivateFolder prepare(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (!hasPosixPermissions(absolute.getFileSystem())) {
            return new PrivateFolder(absolute, false);
        }
        try {
            if (Files.isDirectory(absolute)) {
                return new PrivateFolder(absolute, Files.getPosixFilePermissions(absolute).equals(OWNER_ONLY_FOLDER));
            }
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + absolute, e);
        }
        return new PrivateFolder(absolute, true);
    }

    /** After the store's open in an owner-only folder: its files become owner-only too. */
    void closeOffFiles() {
        if (!ownerOnly) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the files of the data folder " + folder, e);
        }
    }

    private static boolean hasPosixPermissions(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
