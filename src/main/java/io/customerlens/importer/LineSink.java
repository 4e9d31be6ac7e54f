package io.customerlens.importer;

import io.customerlens.domain.ImportedLine;

/** Receives cleaned lines as they are read, in file order. */
@FunctionalInterface
public interface LineSink {
    void accept(ImportedLine line);

    /** Whether each line should also carry its version-1 fingerprint (the store still holds such lines). */
    default boolean wantsLegacyFingerprints() {
        return false;
    }
}
