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
import java.util.function.UnaryOperator;

/**
 * What both fingerprint versions share ({@link LineFingerprinter}, {@link LegacyLineFingerprinter}): SHA-256,
 * truncated to 128 bits, over the row's cells, each keyed by its column header and visited in header order, so
 * rows with equal cells are equal whatever the column order. Columns without a header (and cells beyond the
 * header row) are keyed by their position. The versions differ only in how a cell is written
 * ({@link CellWriter}). One instance per sheet; not thread-safe (it reuses its digest and buffer).
 */
final class RowDigest {

    /** Writes one cell under its column key, or nothing for a cell that does not count (a blank one). */
    @FunctionalInterface
    interface CellWriter {
        void write(RowDigest digest, byte[] columnKey, Cell cell);
    }

    private static final int LONG_BYTES = 8;
    private static final int HASH_BYTES = 32;

    private final int[] columnOrder;
    private final byte[][] columnKeys;
    private final CellWriter writer;
    private final MessageDigest digest = HeaderSignature.sha256();
    private byte[] buffer = new byte[1024];
    /** The digest is written here rather than into a new array for each of a million rows. */
    private final byte[] hash = new byte[HASH_BYTES];
    private int length;

    /** @param headerKey a header's key (never given null); an empty key means "known by position only" */
    RowDigest(List<String> headers, UnaryOperator<String> headerKey, CellWriter writer) {
        this.writer = writer;
        String[] keys = new String[headers.size()];
        for (int column = 0; column < keys.length; column++) {
            String header = headers.get(column);
            String key = headerKey.apply(header == null ? "" : header);
            keys[column] = key.isEmpty() ? positionKey(column) : key;
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> i));
        columnOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        columnKeys = new byte[keys.length][];
        for (int i = 0; i < columnKeys.length; i++) {
            columnKeys[i] = keys[i].getBytes(StandardCharsets.UTF_8);
        }
    }

    LineFingerprint of(RawRow row) {
        length = 0;
        List<Cell> cells = row.cells();
        for (int column : columnOrder) {
            if (column < cells.size()) {
                writer.write(this, columnKeys[column], cells.get(column));
            }
        }
        for (int column = columnOrder.length; column < cells.size(); column++) {
            writer.write(this, positionKey(column).getBytes(StandardCharsets.UTF_8), cells.get(column));
        }
        digest.update(buffer, 0, length);
        try {
            digest.digest(hash, 0, HASH_BYTES);
        } catch (DigestException impossible) {
            throw new IllegalStateException("SHA-256 writes 32 bytes", impossible);
        }
        return new LineFingerprint(toLong(hash, 0), toLong(hash, LONG_BYTES));
    }

    /** Makes room for {@code extra} more bytes. */
    void ensureCapacity(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    /** Length-prefixed bytes, so no two different rows can encode to the same bytes. */
    void writeBytes(byte[] bytes) {
        writeInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /**
     * The bytes of {@code prefix + text} in UTF-8, length-prefixed as {@link #writeBytes} writes them, encoded here
     * instead of into a new array per cell. Equal to {@code (prefix + text).getBytes(UTF_8)}: a lone surrogate, as
     * there, is written as '?'.
     */
    void writeUtf8(char prefix, String text) {
        ensureCapacity(8 + 3 * (text.length() + 1));
        int lengthAt = length;
        length += 4;
        int start = length;
        writeChar(prefix);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                buffer[length++] = (byte) (0xF0 | codePoint >> 18);
                buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buffer[length++] = '?';
            } else {
                writeChar(c);
            }
        }
        int written = length - start;
        length = lengthAt;
        writeInt(written);
        length = start + written;
    }

    /** One char that is no surrogate, in UTF-8. */
    private void writeChar(char c) {
        if (c < 0x80) {
            buffer[length++] = (byte) c;
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    void writeInt(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    void writeByte(int value) {
        buffer[length++] = (byte) value;
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
