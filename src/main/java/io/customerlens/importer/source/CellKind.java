package io.customerlens.importer.source;

/** What a spreadsheet cell held, as read, before any interpretation. */
public enum CellKind {
    BLANK,
    TEXT,
    /** A numeric cell; its text is the plain decimal form of the number (no exponent, no trailing ".0"). */
    NUMBER,
    /** A numeric cell with a date format; its text is the Excel serial number in plain decimal form. */
    DATE,
    BOOLEAN,
    ERROR
}
