package io.customerlens.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The room an import needs. The store takes about twice the size of a compressed workbook once written
 * (about 200 bytes a line: 59 MB for the 27 MB demo workbook of 300,000 lines) and more while it is written,
 * since the embedded database appends before it compacts; four times the file's size plus the database's
 * headroom covers every format without refusing imports that fit.
 */
final class ImportSpace {

    private static final int BYTES_PER_FILE_BYTE = 4;

    private final DiskSpace space;
    private final Supplier<Path> storeFolder;

    ImportSpace(DiskSpace space, Supplier<Path> storeFolder) {
        this.space = space;
        this.storeFolder = storeFolder;
    }

    static long neededBytes(long fileSize) {
        return fileSize * BYTES_PER_FILE_BYTE + DiskSpace.HEADROOM_BYTES;
    }

    /** Refuses at once, before anything is written, an import the disk has no room for. */
    void requireRoomFor(long fileSize) throws IOException {
        long needed = neededBytes(fileSize);
        long free = space.usableBytes(storeFolder.get());
        if (free < needed) {
            throw new DiskFullException(free, needed, null);
        }
    }

    /** Whether the store's disk has less room than the database's headroom (true when it cannot be measured). */
    boolean outOfRoom() {
        try {
            return space.usableBytes(storeFolder.get()) < DiskSpace.HEADROOM_BYTES;
        } catch (IOException cannotMeasure) {
            return true;
        }
    }

    /** Refuses to write more when the disk has less room than the database's headroom. */
    void requireHeadroom() {
        try {
            long free = space.usableBytes(storeFolder.get());
            if (free < DiskSpace.HEADROOM_BYTES) {
                throw new UncheckedIOException(new DiskFullException(free, DiskSpace.HEADROOM_BYTES, null));
            }
        } catch (IOException cannotMeasure) {
            throw new UncheckedIOException(cannotMeasure);
        }
    }

    /** The failure of a write to the store said as "the disk is full" when that is what it was. */
    Optional<DiskFullException> diskFullBehind(RuntimeException storeFailure, long fileSize) {
        return space.fullBehind(storeFailure, storeFolder.get(), neededBytes(fileSize));
    }
}
