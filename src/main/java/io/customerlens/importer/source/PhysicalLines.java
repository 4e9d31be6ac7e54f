package io.customerlens.importer.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The physical lines of a text, numbered from 1, each with the terminator it ended with ({@code \n},
 * {@code \r\n}, {@code \r}, or nothing for a last line without one), so a quoted field spanning lines keeps
 * its line breaks exactly as written. A line longer than {@link #MAX_LINE_CHARS} refuses the file.
 */
final class PhysicalLines {

    /** One line: its 1-based number, its text without the terminator, and the terminator. */
    record Line(int number, String text, String terminator) {
    }

    /**
     * The longest line read: a sales line is a few hundred characters, a megabyte is no line an ERP writes,
     * and a 300 MB "line" (a file without line breaks) would be held whole in memory.
     */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader reader;
    private final Path file;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int nextNumber = 1;

    /** @param file named when a line is too long */
    PhysicalLines(Reader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            if (position >= limit && !fill()) {
                return text.isEmpty() ? null : line(text, "");
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            text.append(buffer, start, position - start);
            if (text.length() > MAX_LINE_CHARS) {
                throw new RefusedFileException(file, FileRefusal.LINE_TOO_LONG,
                        "line " + nextNumber + " is longer than " + (MAX_LINE_CHARS >> 20) + " MB", nextNumber,
                        MAX_LINE_CHARS >> 20);
            }
            if (position < limit) {
                char end = buffer[position++];
                if (end == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                    return line(text, "\r\n");
                }
                return line(text, String.valueOf(end));
            }
        }
    }

    private Line line(StringBuilder text, String terminator) {
        return new Line(nextNumber++, text.toString(), terminator);
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
