package io.customerlens.service;

import io.customerlens.domain.ImportBatch;

import java.io.IOException;
import java.util.Locale;

/**
 * Most lines of a file are new by their fingerprint yet have the customer, day and amount of lines an
 * earlier import stored: most likely the same sales exported again in another form. Nothing was imported;
 * the user may import anyway (they may really be new sales) or leave it.
 */
public final class LikelyReimportException extends IOException {

    private final String fileName;
    private final ImportBatch earlier;
    private final long matching;
    private final long newLines;

    public LikelyReimportException(String fileName, ImportBatch earlier, long matching, long newLines) {
        super(String.format(Locale.ROOT, "%s: %d of its %d new lines repeat lines imported from %s", fileName,
                matching, newLines, earlier.fileName()));
        this.fileName = fileName;
        this.earlier = earlier;
        this.matching = matching;
        this.newLines = newLines;
    }

    public String fileName() {
        return fileName;
    }

    /** The earlier import most of the lines repeat. */
    public ImportBatch earlier() {
        return earlier;
    }

    public long matching() {
        return matching;
    }

    public long newLines() {
        return newLines;
    }
}
