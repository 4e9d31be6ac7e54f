package io.customerlens.importer.source;

import java.util.Set;

/** The error values Excel can store in a cell, so they are not mistaken for text. */
final class ExcelErrors {

    private static final Set<String> LITERALS = Set.of(
            "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
            "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!", "#PYTHON!");

    private ExcelErrors() {
    }

    static boolean isErrorLiteral(String text) {
        return !text.isEmpty() && text.charAt(0) == '#' && LITERALS.contains(text);
    }
}
