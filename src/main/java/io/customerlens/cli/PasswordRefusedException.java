package io.customerlens.cli;

import java.nio.file.Path;

/**
 * The store cannot be opened for want of its password (docs/decisions/0015): none given for an encrypted store, a
 * wrong one, or a password file that cannot be read. Exit code {@link ExitCodes#PASSWORD}.
 */
public final class PasswordRefusedException extends RuntimeException {

    /** Why the store stays shut. */
    public enum Reason {
        /** The store is encrypted and no --password-file was given. */
        MISSING,
        /** The password given does not open the store. */
        WRONG,
        /** The password file does not exist or cannot be read. */
        FILE_UNREADABLE,
        /** The password file's first line is empty. */
        FILE_EMPTY
    }

    private final Reason reason;
    private final transient Path path;

    /** @param path the data folder (MISSING, WRONG) or the password file (FILE_UNREADABLE, FILE_EMPTY) */
    public PasswordRefusedException(Reason reason, Path path) {
        super("store password refused (" + reason + "): " + path);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }
}
