package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.DataFolder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every command works with: texts, the store opener and the folder used without --db, the two
 * output streams, whether stderr is an interactive terminal (only then is progress shown, so
 * redirected output stays clean), the app's analysis settings, the defaults an option overrides for one run,
 * {@code failures}, which says why something failed, and {@code pages}, which times the app's pages for {@code bench --refresh} when wired.
 */
record CommandEnvironment(MessageBundle messages, StoreSessions stores, Supplier<Path> defaultDataFolder,
                          PrintWriter out, PrintWriter err, boolean terminal, Supplier<AnalysisSettings> analysis,
                          Optional<PageBench> pages, FailureText failures) {

    /** The same environment writing its output to {@code otherOut} (a command run inside another, kept quiet). */
    CommandEnvironment withOut(PrintWriter otherOut) {
        return new CommandEnvironment(messages, stores, defaultDataFolder, otherOut, err, false, analysis, pages,
                failures);
    }

    /** The folder given with --db, else the one the app uses. */
    Path dataFolder(Optional<Path> explicit) {
        return explicit.isPresent() ? DataFolder.resolve(explicit) : defaultDataFolder.get();
    }
}
