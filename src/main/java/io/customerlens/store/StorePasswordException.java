package io.customerlens.store;

import java.nio.file.Path;

/**
 * The store in a data folder is encrypted and was opened without its password, or with another one
 * (docs/decisions/0015). Its message names no password and no H2 text.
 */
public final class StorePasswordException extends RuntimeException {

    /** What was wrong with the password given. */
    public enum Problem {
        /** The store is encrypted and no password was given. */
        MISSING,
        /** The password given does not open the store. */
        WRONG
    }

    private final transient Path folder;
    private final Problem problem;

    StorePasswordException(Path folder, Problem problem) {
        super((problem == Problem.MISSING ? "no password given for the encrypted store in "
                : "the password does not open the store in ") + folder);
        this.folder = folder;
        this.problem = problem;
    }

    public Path folder() {
        return folder;
    }

    public Problem problem() {
        return problem;
    }
}
