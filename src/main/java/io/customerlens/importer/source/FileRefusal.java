package io.customerlens.importer.source;

/**
 * Why a file is refused before anything of it is stored: it is missing or unreadable, of a kind CustomerLens
 * does not read, damaged, or hostile. Each has a message key {@code refused.<NAME>} in the bundles, whose
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
    LINE_TOO_LONG,
    /** No file of that name. */
    NO_SUCH_FILE,
    /** A folder or a device, not a file. */
    NOT_A_FILE,
    /** The user may not read it. */
    NOT_READABLE,
    /** Zero bytes. */
    EMPTY,
    /** Binary content that is neither an Excel workbook nor text. */
    NOT_A_SPREADSHEET,
    /** An Excel 2003 XML Spreadsheet. */
    XML_SPREADSHEET,
    /** An HTML page without a table. */
    NO_HTML_TABLE,
    /** A password-protected (encrypted) workbook. */
    ENCRYPTED,
    /** An Excel 5/95 or older workbook. */
    TOO_OLD,
    /** A damaged .xls, or other OLE2 content (a Word file). */
    DAMAGED_XLS,
    /** A damaged or truncated .xlsx; details: the part, when known ("" otherwise). */
    DAMAGED_XLSX,
    /** A zip that is not an Excel workbook (a Word or ODF file, a zip of files). */
    NOT_A_WORKBOOK,
    /** details: the sheet. A sheet that cannot be opened. */
    SHEET_UNREADABLE;

    public String messageKey() {
        return "refused." + name();
    }
}
