package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;

import java.util.List;

/**
 * The first fingerprint of a row, kept only to recognise lines stored before version 2 (see
 * {@link LineFingerprinter}, which replaced it): a {@link RowDigest} over every non-blank cell as the reader
 * rendered it (kind and text), headers as they are, so a difference in any cell, mapped or not, changes it.
 * Blank cells are left out, so a missing trailing cell and an empty one are alike.
 */
final class LegacyLineFingerprinter {

    private final RowDigest digest;

    LegacyLineFingerprinter(List<String> headers) {
        this.digest = new RowDigest(headers, header -> header, LegacyLineFingerprinter::write);
    }

    LineFingerprint fingerprint(RawRow row) {
        return digest.of(row);
    }

    private static void write(RowDigest digest, byte[] columnKey, Cell cell) {
        if (cell.isBlank()) {
            return;
        }
        String text = cell.text();
        digest.ensureCapacity(columnKey.length + 9 + 3 * text.length());
        digest.writeBytes(columnKey);
        digest.writeByte(cell.kind().ordinal());
        digest.writeInt(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                digest.writeByte(c);
            } else {
                // prefix-free: a first byte >= 0x80 announces three bytes carrying the 16-bit char
                digest.writeByte(0x80 | (c >>> 14));
                digest.writeByte((c >>> 7) & 0x7F);
                digest.writeByte(c & 0x7F);
            }
        }
    }
}
