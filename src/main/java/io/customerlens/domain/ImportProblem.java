package io.customerlens.domain;

import java.util.List;

/**
 * A rejected source row: the file, sheet, 1-based row number, column header and value that failed, and the
 * facts its reason names ({@code details}, filled into the reason's message in order: a line number, the
 * expected and found field counts, a limit ...). Most reasons need none.
 */
public record ImportProblem(String file, String sheet, int row, String column, String value,
                            ProblemReason reason, List<String> details) {

    public ImportProblem {
        details = List.copyOf(details);
    }

    public ImportProblem(String file, String sheet, int row, String column, String value, ProblemReason reason) {
        this(file, sheet, row, column, value, reason, List.of());
    }

    /** The details as message arguments. */
    public Object[] messageArguments() {
        return details.toArray();
    }
}
