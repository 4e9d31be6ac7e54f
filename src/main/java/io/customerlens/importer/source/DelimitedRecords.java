package io.customerlens.importer.source;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits delimited text into records as RFC 4180 and Excel write it (a field starting with a quote may
 * hold delimiters, doubled quotes and line breaks; text after its closing quote is kept, as ERPs write
 * {@code "abc"def}), while never letting one bad quote swallow the rest of the file:
 * <ul>
 * <li>a quote still open at the end of the file, or after {@value #MAX_FIELD_LINES} lines, is unclosed;</li>
 * <li>below a known header row, a record whose quoted field ran past a line end and which then does not
 *     have the header's number of fields is an unclosed quote too (the quote took in lines that were rows);</li>
 * </ul>
 * An unclosed quote makes its first line a row marked {@link RowDefect.UnclosedQuote}, and reading starts
 * again at the next physical line, so every later line is still read. Below the header, a one-line record
 * with more non-blank fields than the header is marked {@link RowDefect.FieldCount}: its values would be
 * shifted. A shorter record is fine (trailing blank fields left out), and so are extra fields that are blank.
 */
final class DelimitedRecords {

    static final int MAX_FIELD_LINES = 100;
    private static final int MAX_RECORD_CHARS = 1 << 20;
    private static final int MAX_LINE_TEXT = 200;
    /** 1,234.50 split at its comma: a first part of 1–3 digits (maybe signed, with a currency sign) ... */
    private static final Pattern THOUSANDS_HEAD = Pattern.compile("[-+(]?[¥￥$€£]?\\d{1,3}");
    /** ... and a second part of exactly three digits, maybe with decimals. */
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}(?:\\.\\d+)?\\)?(?:元)?");

    private final PhysicalLines lines;
    private final char delimiter;
    private final int headerRowNumber;
    private final Deque<PhysicalLines.Line> replay = new ArrayDeque<>();
    private int headerWidth = -1;

    /** @param headerRowNumber the header's line, whose width later records must keep; 0 when not known */
    DelimitedRecords(PhysicalLines lines, char delimiter, int headerRowNumber) {
        this.lines = lines;
        this.delimiter = delimiter;
        this.headerRowNumber = headerRowNumber;
    }

    /** The next record as a row, or null at the end of the text. */
    RawRow next() throws IOException {
        PhysicalLines.Line first = nextLine();
        if (first == null) {
            return null;
        }
        Split split = split(first, true);
        if (split.closed && isHeader(first)) {
            headerWidth = split.fields.size();
        }
        boolean belowHeader = headerWidth >= 0 && first.number() > headerRowNumber;
        boolean quoteTookRows = split.spanned() && belowHeader && split.fields.size() != headerWidth;
        if (!split.closed || quoteTookRows) {
            // Give back the lines the quote took, so they are read as the rows they are.
            for (int i = split.extraLines.size() - 1; i >= 0; i--) {
                replay.addFirst(split.extraLines.get(i));
            }
            Split alone = split(first, false);
            return row(first, alone.fields, new RowDefect.UnclosedQuote(first.number(), split.quotedField,
                    shorten(first.text())));
        }
        if (belowHeader && hasExtraValues(split.fields)) {
            return row(first, split.fields, new RowDefect.FieldCount(headerWidth, split.fields.size(),
                    looksLikeSplitThousands(split.fields), shorten(first.text())));
        }
        return row(first, split.fields, null);
    }

    private boolean isHeader(PhysicalLines.Line first) {
        return headerRowNumber > 0 && first.number() == headerRowNumber;
    }

    private boolean hasExtraValues(List<String> fields) {
        for (int i = headerWidth; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeSplitThousands(List<String> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            if (THOUSANDS_HEAD.matcher(fields.get(i).strip()).matches()
                    && THOUSANDS_TAIL.matcher(fields.get(i + 1).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private PhysicalLines.Line nextLine() throws IOException {
        return replay.isEmpty() ? lines.next() : replay.pollFirst();
    }

    /** The fields of a record starting at {@code first}; with {@code acrossLines} false a quote ends with the line. */
    private Split split(PhysicalLines.Line first, boolean acrossLines) throws IOException {
        Split split = new Split();
        StringBuilder field = new StringBuilder();
        PhysicalLines.Line line = first;
        String text = line.text();
        int i = 0;
        int chars = text.length();
        boolean fieldStart = true;
        boolean inQuotes = false;
        int openedIn = -1;
        while (true) {
            if (i >= text.length()) {
                if (!inQuotes || !acrossLines) {
                    split.fields.add(field.toString());
                    split.closed = !inQuotes || !acrossLines;
                    return split;
                }
                split.quotedField = split.quotedField < 0 ? openedIn : split.quotedField;
                PhysicalLines.Line following = split.extraLines.size() < MAX_FIELD_LINES && chars < MAX_RECORD_CHARS
                        ? nextLine() : null;
                if (following == null) {
                    split.fields.add(field.toString());
                    return split; // unclosed: end of file, or too long to be one field
                }
                field.append(line.terminator());
                split.extraLines.add(following);
                line = following;
                text = line.text();
                chars += text.length();
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                }
            } else if (c == delimiter) {
                split.fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                openedIn = split.fields.size();
                fieldStart = false;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
    }

    private static RawRow row(PhysicalLines.Line first, List<String> fields, RowDefect defect) {
        List<Cell> cells = new ArrayList<>(fields.size());
        for (String value : fields) {
            cells.add(value.isEmpty() ? Cell.BLANK : new Cell(CellKind.TEXT, value));
        }
        return new RawRow(first.number(), cells, defect);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LINE_TEXT ? text : text.substring(0, MAX_LINE_TEXT) + "…";
    }

    /** One record's fields, the lines after the first that it took, and whether its quotes closed. */
    private static final class Split {
        private final List<String> fields = new ArrayList<>();
        private final List<PhysicalLines.Line> extraLines = new ArrayList<>();
        private boolean closed;
        private int quotedField = -1;

        boolean spanned() {
            return !extraLines.isEmpty();
        }
    }
}
