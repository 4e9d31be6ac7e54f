package io.customerlens.importer.source;

import java.util.Set;

/** The error values Excel can store in a cell (or a CSV export writes as text), so they are never taken for text. */
public final class ExcelErrors {

    private static final Set<String> LITERALS = Set.of(
            "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
            "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!", "#PYTHON!");

    private ExcelErrors() {
    }

    public static boolean isErrorLiteral(String text) {
        return !text.isEmpty() && text.charAt(0) == '#' && LITERALS.contains(text);
    }
}
