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
 * The duplicate fingerprint of a row (DEFINITIONS: duplicates), version 2: SHA-256, truncated to 128 bits,
 * over every non-blank cell's {@link CanonicalCell canonical value}, each keyed by its column header
 * (trimmed, spaces collapsed) and visited in header order. Rows with equal values are equal whatever the
 * column order and whatever the file format the reader took them from (the same sale as .xls, .xlsx or CSV);
 * a difference in any cell, mapped or not, changes it. Blank cells are left out, so a missing trailing cell
 * and an empty one are alike. Columns without a header (and cells beyond the header row) are keyed by their
 * position. Each part is length-prefixed so no two different rows can encode to the same bytes. One
 * instance per sheet; not thread-safe (it reuses its digest and buffer).
 */
final class LineFingerprinter {

    private static final int LONG_BYTES = 8;
    private static final int HASH_BYTES = 32;

    private final int[] columnOrder;
    private final byte[][] columnKeys;
    private final CanonicalCell canonical;
    private final MessageDigest digest = HeaderSignature.sha256();
    private byte[] buffer = new byte[1024];
    /** The digest is written here rather than into a new array for each of a million rows. */
    private final byte[] hash = new byte[HASH_BYTES];
    private int length;

    /** @param dates the sheet's date parser: text dates in any column are read in the sheet's date order */
    LineFingerprinter(List<String> headers, DateParser dates) {
        this.canonical = new CanonicalCell(dates);
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
        String value = canonical.of(cell);
        if (value == null) {
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensureCapacity(columnKey.length + bytes.length + 8);
        writeInt(columnKey.length);
        System.arraycopy(columnKey, 0, buffer, length, columnKey.length);
        length += columnKey.length;
        writeInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
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
        String key = header == null ? "" : CanonicalCell.text(header);
        return key.isEmpty() ? positionKey(column) : key;
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
