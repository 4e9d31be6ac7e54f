package io.customerlens.domain;

/** A rejected source row: the file, sheet, 1-based row number, column header and value that failed. */
public record ImportProblem(String file, String sheet, int row, String column, String value,
                            ProblemReason reason) {
}
