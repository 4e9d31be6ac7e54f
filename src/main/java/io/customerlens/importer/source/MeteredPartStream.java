package io.customerlens.importer.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one XML part of an xlsx and refuses the file as soon as the part shows a hostile shape: more bytes than
 * {@link #MAX_PART_BYTES}, a run of text longer than any cell can hold, a DOCTYPE in its prolog, or (when its
 * compressed size is known) an expansion beyond {@link #MAX_EXPANSION} times. For the shared-strings part it
 * also counts the {@code <si>} elements that go by. Each guard trips right after the limit it enforces.
 */
final class MeteredPartStream extends FilterInputStream {

    /**
     * A part larger than this (2 GB) is refused: a 1,000,000-line export's sheet is 300 MB to 1 GB, and Excel's
     * largest possible sheet holds no useful sales lines beyond that.
     */
    static final long MAX_PART_BYTES = 2L << 30;
    /** Sheet XML expands 5 to 30 times; 100 is POI's limit (ZipSecureFile's minimum inflate ratio, 1 %). */
    static final int MAX_EXPANSION = 100;
    /** Expansion is only judged past this size, as POI does: tiny parts compress to almost nothing. */
    static final long GRACE_BYTES = 100 * 1024;
    /**
     * Excel keeps at most 32,767 characters in a cell; written escaped (&amp;amp; is 5 bytes a character) that
     * is under 200 KB. A megabyte of text without markup is no cell Excel wrote, and holding it would cost
     * the memory of a million cells.
     */
    static final int MAX_TEXT_BYTES = 1 << 20;
    static final int MAX_TEXT_CHARACTERS = 32_767;
    /** Shorter than {@link #MAX_TEXT_BYTES}, so a run too long always crosses a slice's edge. */
    private static final int SLICE = 64 * 1024;
    /** A DOCTYPE must come before the root element, which every part has near its start. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final Path file;
    private final String part;
    private final long compressedSize;
    private final boolean countingSharedStrings;
    private final byte[] head = new byte[HEAD_BYTES];
    private int headLength;
    private boolean headChecked;
    private long bytes;
    private int textRun;
    private long sharedStrings;
    // the element name being read after a '<', to count <si> and <x:si>
    private final StringBuilder name = new StringBuilder();
    private boolean inName;

    /** @param compressedSize the part's size in the zip; -1 when unknown (then no expansion check) */
    MeteredPartStream(InputStream in, Path file, String part, long compressedSize) {
        this(in, file, part, compressedSize, false);
    }

    /** @param countingSharedStrings count the {@code <si>} elements ({@link #sharedStrings()}) */
    MeteredPartStream(InputStream in, Path file, String part, long compressedSize, boolean countingSharedStrings) {
        super(in);
        this.file = file;
        this.part = part;
        this.compressedSize = compressedSize;
        this.countingSharedStrings = countingSharedStrings;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            meter(buffer, offset, read);
        } else if (read < 0) {
            requireNoDoctype();
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    long sharedStrings() {
        return sharedStrings;
    }

    private void meter(byte[] buffer, int offset, int length) throws RefusedFileException {
        if (!headChecked) {
            int copied = Math.min(length, HEAD_BYTES - headLength);
            System.arraycopy(buffer, offset, head, headLength, copied);
            headLength += copied;
            if (headLength == HEAD_BYTES) {
                requireNoDoctype();
            }
        }
        bytes += length;
        if (bytes > MAX_PART_BYTES) {
            throw new RefusedFileException(file, FileRefusal.PART_TOO_LARGE,
                    "part " + part + " is larger than " + megabytes(MAX_PART_BYTES) + " MB",
                    part, megabytes(bytes), megabytes(MAX_PART_BYTES));
        }
        if (compressedSize >= 0 && bytes > GRACE_BYTES && bytes > compressedSize * MAX_EXPANSION) {
            throw expandsTooMuch(file, part);
        }
        meterTextRuns(buffer, offset, length);
        if (countingSharedStrings) {
            countSharedStrings(buffer, offset, length);
        }
    }

    /**
     * Only runs that cross a slice's edge can reach {@link #MAX_TEXT_BYTES}, since a slice is shorter: so each
     * slice is looked at from its start to its first '<' and from its end back to its last one, a few bytes in
     * sheet XML, and the bytes in between are never visited. This keeps the meter far cheaper than inflating.
     */
    private void meterTextRuns(byte[] buffer, int offset, int length) throws RefusedFileException {
        for (int slice = offset; slice < offset + length; slice += SLICE) {
            int end = Math.min(slice + SLICE, offset + length);
            int first = slice;
            while (first < end && buffer[first] != '<') {
                first++;
            }
            textRun += first - slice;
            if (textRun > MAX_TEXT_BYTES) {
                throw new RefusedFileException(file, FileRefusal.TEXT_TOO_LONG,
                        "part " + part + " holds a text longer than a cell can (" + MAX_TEXT_CHARACTERS + " characters)",
                        part, MAX_TEXT_CHARACTERS);
            }
            if (first < end) {
                int last = end - 1;
                while (buffer[last] != '<') {
                    last--;
                }
                textRun = end - 1 - last;
            }
        }
    }

    /** Counts {@code <si} and {@code <prefix:si} element names; only the shared-strings part needs it. */
    private void countSharedStrings(byte[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (b == '<') {
                inName = true;
                name.setLength(0);
            } else if (inName) {
                if (isNameByte(b) && name.length() < 16) {
                    name.append((char) b);
                } else {
                    inName = false;
                    if (name.length() == 2 && "si".contentEquals(name) || endsWithPrefixedSi()) {
                        sharedStrings++;
                    }
                }
            }
        }
    }

    private boolean endsWithPrefixedSi() {
        int length = name.length();
        return length > 3 && name.charAt(length - 3) == ':' && name.charAt(length - 2) == 's'
                && name.charAt(length - 1) == 'i';
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ':' || b == '_'
                || b == '-' || b == '.';
    }

    /**
     * A DTD can declare entities that name outside files or expand a billion times; no workbook Excel writes
     * has one. Zero bytes are dropped first so that a UTF-16 part is searched as well.
     */
    private void requireNoDoctype() throws RefusedFileException {
        if (headChecked) {
            return;
        }
        headChecked = true;
        StringBuilder text = new StringBuilder(headLength);
        for (int i = 0; i < headLength; i++) {
            if (head[i] != 0) {
                text.append((char) (head[i] & 0xFF));
            }
        }
        String start = text.toString();
        if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
            throw new RefusedFileException(file, FileRefusal.XML_DOCTYPE,
                    "part " + part + " declares a DOCTYPE (a DTD, which may name outside files); it is not read",
                    part);
        }
    }

    static RefusedFileException expandsTooMuch(Path file, String part) {
        return new RefusedFileException(file, FileRefusal.COMPRESSION_RATIO,
                "part " + part + " expands more than " + MAX_EXPANSION + " times its compressed size, as a zip bomb does",
                part, MAX_EXPANSION);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

}
