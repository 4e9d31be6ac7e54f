package io.customerlens.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Where the details of a failure go, and the switch that {@code --debug} turns; the app wires the real log. */
public interface Diagnostics {

    /** Nothing logged anywhere (tests that do not look at the log). */
    Diagnostics NONE = new Diagnostics() {
        @Override
        public Optional<Path> logFile() {
            return Optional.empty();
        }

        @Override
        public void debug() {
            // no log to make louder
        }
    };

    /** The file that holds the details of an unexpected failure; empty when no log could be written. */
    Optional<Path> logFile();

    /** Logs CustomerLens's own records from DEBUG up, on stderr as well. */
    void debug();
}
