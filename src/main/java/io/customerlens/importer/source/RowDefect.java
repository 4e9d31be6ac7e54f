package io.customerlens.importer.source;

/**
 * Why a text file's record could not be split into the header's columns. {@code lineText} is the
 * record's first physical line as written (shortened when very long), so the user can find it.
 */
public sealed interface RowDefect {

    String lineText();

    /** A quote opened in {@code field} (0-based) of line {@code startLine} and never closed where it should be. */
    record UnclosedQuote(int startLine, int field, String lineText) implements RowDefect {
    }

    /**
     * More fields than the header: values would shift right. {@code thousandsLikely} when two neighbouring
     * fields read like one number split at its thousands separator (1,234.50 written without quotes).
     */
    record FieldCount(int expected, int found, boolean thousandsLikely, String lineText) implements RowDefect {
    }
}
