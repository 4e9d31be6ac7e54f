package io.customerlens.importer.source;

import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a text, numbered from 1, each with the terminator it ended with ({@code \n},
 * {@code \r\n}, {@code \r}, or nothing for a last line without one), so a quoted field spanning lines keeps
 * its line breaks exactly as written.
 */
final class PhysicalLines {

    /** One line: its 1-based number, its text without the terminator, and the terminator. */
    record Line(int number, String text, String terminator) {
    }

    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int nextNumber = 1;

    PhysicalLines(Reader reader) {
        this.reader = reader;
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
