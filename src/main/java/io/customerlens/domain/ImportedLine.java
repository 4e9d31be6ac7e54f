package io.customerlens.domain;

/**
 * A cleaned line together with where it came from and its duplicate fingerprint. {@code legacyFingerprint}
 * is the row's version-1 fingerprint, computed only while the store still holds lines fingerprinted that
 * way (null otherwise), so that re-importing a file imported before version 2 still finds its lines.
 */
public record ImportedLine(SalesLine line, LineFingerprint fingerprint, LineFingerprint legacyFingerprint,
                           String sheet, int rowNumber) {

    public ImportedLine(SalesLine line, LineFingerprint fingerprint, String sheet, int rowNumber) {
        this(line, fingerprint, null, sheet, rowNumber);
    }
}
