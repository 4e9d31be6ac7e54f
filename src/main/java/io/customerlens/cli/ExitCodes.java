package io.customerlens.cli;

/** What the process returns, for scripts. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The work could not be done: no file could be imported, a file could not be written, no store opened. */
    public static final int FAILED = 1;
    /** Some of the files named were imported and some were not (each named on stderr). */
    public static final int PARTIAL = 3;
    /** The command line itself is wrong: unknown option or field, bad date, missing --out. */
    public static final int USAGE = 2;
    /** A fault in CustomerLens: its details are in the log file named on stderr (the stack trace too with --debug). */
    public static final int INTERNAL_ERROR = 70;
    /**
     * Another process (a CustomerLens window, another command) has the store open; try again once it is closed
     * (75 is the "temporary failure" of sysexits.h).
     */
    public static final int STORE_IN_USE = 75;
    /**
     * The store is encrypted and the password is missing or wrong, or the password file cannot be read
     * (77 is the "permission denied" of sysexits.h).
     */
    public static final int PASSWORD = 77;

    private ExitCodes() {
    }

    /** 0 when every file was imported (warnings allowed), 3 when some were, 1 when none was. */
    static int ofFiles(int imported, int named) {
        if (imported == named) {
            return OK;
        }
        return imported == 0 ? FAILED : PARTIAL;
    }
}
