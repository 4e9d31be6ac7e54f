package io.customerlens.importer;

import io.customerlens.domain.LineFingerprint;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The first fingerprint of a row, kept only to recognise lines stored before version 2 (see
 * {@link LineFingerprinter}, which replaced it): SHA-256, truncated to 128 bits, over
 * every non-blank cell as the reader rendered it (kind and text), each keyed by its column header and visited in header
 * order, so rows with equal cells are equal whatever the column order, and a difference in any cell,
 * mapped or not, changes it. Blank cells are left out, so a missing trailing cell and an empty one are
 * alike. Columns without a header (and cells beyond the header row) are keyed by their position. Each
 * part is length-prefixed so no two different rows can encode to the same bytes. One instance per
 * sheet; not thread-safe (it reuses its digest and buffer).
 */
final class LegacyLineFingerprinter {

    private static final int LONG_BYTES = 8;
    private static final int HASH_BYTES = 32;

    private final int[] columnOrder;
    private final byte[][] columnKeys;
    private final MessageDigest digest = HeaderSignature.sha256();
    private byte[] buffer = new byte[1024];
    /** The digest is written here rather than into a new array for each of a million rows. */
    private final byte[] hash = new byte[HASH_BYTES];
    private int length;

    LegacyLineFingerprinter(List<String> headers) {
        Integer[] order = new Integer[headers.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> key(headers, i)).thenComparing(i -> i));
        columnOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        columnKeys = new byte[headers.size()][];
        for (int i = 0; i < columnKeys.length; i++) {
            columnKeys[i] = key(headers, i).getBytes(StandardCharsets.UTF_8);
        }
    }

    LineFingerprint fingerprint(RawRow row) {
        length = 0;
        List<Cell> cells = row.cells();
        for (int column : columnOrder) {
            if (column < cells.size()) {
                append(columnKeys[column], cells.get(column));
            }
        }
        for (int column = columnOrder.length; column < cells.size(); column++) {
            append(positionKey(column).getBytes(StandardCharsets.UTF_8), cells.get(column));
        }
        digest.update(buffer, 0, length);
        finishDigest();
        return new LineFingerprint(toLong(hash, 0), toLong(hash, LONG_BYTES));
    }

    private void append(byte[] columnKey, Cell cell) {
        if (cell.isBlank()) {
            return;
        }
        String text = cell.text();
        ensureCapacity(columnKey.length + 9 + 3 * text.length());
        writeInt(columnKey.length);
        System.arraycopy(columnKey, 0, buffer, length, columnKey.length);
        length += columnKey.length;
        buffer[length++] = (byte) cell.kind().ordinal();
        writeInt(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[length++] = (byte) c;
            } else {
                // prefix-free: a first byte >= 0x80 announces three bytes carrying the 16-bit char
                buffer[length++] = (byte) (0x80 | (c >>> 14));
                buffer[length++] = (byte) ((c >>> 7) & 0x7F);
                buffer[length++] = (byte) (c & 0x7F);
            }
        }
    }

    private void finishDigest() {
        try {
            digest.digest(hash, 0, HASH_BYTES);
        } catch (DigestException impossible) {
            throw new IllegalStateException("SHA-256 writes 32 bytes", impossible);
        }
    }

    private void writeInt(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void ensureCapacity(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private static String key(List<String> headers, int column) {
        String header = headers.get(column);
        return header == null || header.isEmpty() ? positionKey(column) : header;
    }

    /** A key no real header can have, for columns known only by position. */
    private static String positionKey(int column) {
        return "\u0000#" + column;
    }

    private static long toLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = offset; i < offset + LONG_BYTES; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
