package io.customerlens.importer.source;

/**
 * Why a file is refused before anything of it is stored, when the reason is the file's own shape (hostile
 * or broken) rather than a damaged zip. Each has a message key {@code refused.<NAME>} in the bundles, whose
 * {@code {0}}, {@code {1}} ... are the refusal's details.
 */
public enum FileRefusal {
    /** details: the part. An XML part declares a DTD (a DOCTYPE), which may name outside files. */
    XML_DOCTYPE,
    /** details: how many parts (zip entries) the workbook has, the limit. */
    TOO_MANY_PARTS,
    /** details: the part, how many times it expands (×). */
    COMPRESSION_RATIO,
    /** details: the part, its size in MB, the limit in MB. */
    PART_TOO_LARGE,
    /** details: the part, how many sheets point at it. */
    PART_SHARED_BY_SHEETS,
    /** details: the limit. */
    TOO_MANY_SHARED_STRINGS,
    /** details: the part, the limit in characters. */
    TEXT_TOO_LONG,
    /** details: the sheet, the last row read before it (0 at the start). */
    ROW_NUMBER_IMPOSSIBLE,
    /** details: the sheet, the row number, the row before it. */
    ROW_NUMBER_BACKWARDS,
    /** details: the sheet, the last row read before the damage (0 at the start). */
    SHEET_DAMAGED,
    /** details: the line, the limit in MB. */
    LINE_TOO_LONG;

    public String messageKey() {
        return "refused." + name();
    }
}
