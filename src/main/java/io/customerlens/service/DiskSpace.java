package io.customerlens.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much room the file system of a folder has left; tests stand in a small disk. */
@FunctionalInterface
public interface DiskSpace {

    /** Room the embedded database needs beyond the lines it writes: chunks appended before compaction. */
    long HEADROOM_BYTES = 16L * 1024 * 1024;

    /** What operating systems say when a write finds no room (Linux, macOS, Windows). */
    List<String> NO_ROOM = List.of("no space left on device", "not enough space on the disk", "disk full",
            "disk quota exceeded");

    long usableBytes(Path folder) throws IOException;

    /** The real file system, as the operating system reports it. */
    static DiskSpace ofFileSystem() {
        return folder -> Files.getFileStore(folder).getUsableSpace();
    }

    /**
     * A store failure said as "the disk is full" when that is what it was: the operating system said so
     * somewhere in the causes, or {@code folder}'s disk has less room left than the database's headroom.
     *
     * @param neededBytes what the failed work needed, for the message
     */
    default Optional<DiskFullException> fullBehind(Throwable failure, Path folder, long neededBytes) {
        try {
            long free = usableBytes(folder);
            if (saysNoRoom(failure) || free < HEADROOM_BYTES) {
                return Optional.of(new DiskFullException(free, Math.max(neededBytes, HEADROOM_BYTES), failure));
            }
        } catch (IOException cannotMeasure) {
            failure.addSuppressed(cannotMeasure);
        }
        return Optional.empty();
    }

    static boolean saysNoRoom(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (NO_ROOM.stream().anyMatch(lower::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
