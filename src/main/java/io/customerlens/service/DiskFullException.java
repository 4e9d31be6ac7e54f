package io.customerlens.service;

import java.io.IOException;
import java.util.Locale;

/**
 * The disk that holds the store has too little room: found before an import starts, or when a write failed
 * during it. Nothing of the import is kept. The faces say it in the user's language from the two figures.
 */
public final class DiskFullException extends IOException {

    private static final long MEGABYTE = 1024 * 1024;

    private final long freeBytes;
    private final long neededBytes;

    public DiskFullException(long freeBytes, long neededBytes, Throwable cause) {
        super(String.format(Locale.ROOT, "the disk is full (%d MB free, about %d MB needed)",
                megabytes(freeBytes), megabytes(neededBytes)), cause);
        this.freeBytes = freeBytes;
        this.neededBytes = neededBytes;
    }

    /** Free space in whole megabytes, rounded down: what the user has. */
    public long freeMegabytes() {
        return megabytes(freeBytes);
    }

    /** The import's estimated need in whole megabytes, rounded up: what to free. */
    public long neededMegabytes() {
        return (neededBytes + MEGABYTE - 1) / MEGABYTE;
    }

    private static long megabytes(long bytes) {
        return Math.max(0, bytes) / MEGABYTE;
    }
}
