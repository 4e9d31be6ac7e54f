package io.customerlens.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A task sheet that cannot be imported back: names the file, the 1-based row, the column and the value, so
 * the user can fix it. Nothing is changed when it is thrown.
 */
public final class TaskSheetException extends IOException {

    /** What is wrong; each has a message in the bundles ({@code followups.sheet.problem.<NAME>}). */
    public enum Problem {
        /** The first row lacks a column of the layout; column = the missing header. */
        MISSING_COLUMN,
        /** task_id is not a whole number. */
        NOT_A_TASK_ID,
        /** No stored task has this id. */
        UNKNOWN_TASK,
        /** The same task id on two rows. */
        DUPLICATE_TASK,
        NOT_A_DATE,
        /** Not one of the allowed codes of the column (status, reason_code). */
        UNKNOWN_VALUE,
        /** reached must be yes or no. */
        NOT_YES_NO,
        /** A value the row's status needs is blank (reached of a done task, snoozed_until of a snoozed one). */
        MISSING_VALUE
    }

    private final transient Path file;
    private final int row;
    private final String column;
    private final String value;
    private final Problem problem;

    public TaskSheetException(Path file, int row, String column, String value, Problem problem) {
        super(file.getFileName() + ", row " + row + ", column " + column + ": " + problem + " \"" + value + "\"");
        this.file = file;
        this.row = row;
        this.column = column;
        this.value = value;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based, as Excel numbers rows. */
    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    /** The cell as read; empty for a blank cell. */
    public String value() {
        return value;
    }

    public Problem problem() {
        return problem;
    }
}
