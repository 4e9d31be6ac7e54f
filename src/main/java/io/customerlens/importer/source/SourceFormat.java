package io.customerlens.importer.source;

/** The real format of a file, decided by its content rather than its extension. */
public enum SourceFormat {
    XLSX, XLS, HTML_TABLE, DELIMITED_TEXT
}
