package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import io.customerlens.importer.source.RawRow;

import java.util.List;

/**
 * The duplicate fingerprint of a row (DEFINITIONS: duplicates), version 2: a {@link RowDigest} over every
 * non-blank cell's {@link CanonicalCell canonical value}, each keyed by its header (trimmed, spaces collapsed).
 * Rows with equal values are equal whatever the column order and whatever the file format the reader took them
 * from (the same sale as .xls, .xlsx or CSV); a difference in any cell, mapped or not, changes it. Blank cells
 * are left out, so a missing trailing cell and an empty one are alike.
 */
final class LineFingerprinter {

    private final RowDigest digest;

    /** @param dates the sheet's date parser: text dates in any column are read in the sheet's date order */
    LineFingerprinter(List<String> headers, DateParser dates) {
        CanonicalCell canonical = new CanonicalCell(dates);
        this.digest = new RowDigest(headers, CanonicalCell::text, (target, columnKey, cell) -> {
            if (!canonical.read(cell)) {
                return;
            }
            target.ensureCapacity(columnKey.length + 4);
            target.writeBytes(columnKey);
            target.writeUtf8(canonical.kind(), canonical.value());
        });
    }

    LineFingerprint fingerprint(RawRow row) {
        return digest.of(row);
    }
}
