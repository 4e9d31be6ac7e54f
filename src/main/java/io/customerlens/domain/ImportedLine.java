package io.customerlens.domain;

/** A cleaned line together with where it came from and its duplicate fingerprint. */
public record ImportedLine(SalesLine line, LineFingerprint fingerprint, String sheet, int rowNumber) {
}
