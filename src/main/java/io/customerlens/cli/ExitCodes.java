package io.customerlens.cli;

/** What the process returns, for scripts. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The work could not be done: a file could not be imported or written, the store could not be opened. */
    public static final int FAILED = 1;
    /** The command line itself is wrong: unknown option or field, bad date, missing --out. */
    public static final int USAGE = 2;
    /** A fault in CustomerLens (printed with its stack trace, to be reported). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
