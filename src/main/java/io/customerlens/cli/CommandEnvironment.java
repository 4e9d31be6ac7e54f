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
 * redirected output stays clean), and the app's analysis settings, the defaults an option overrides for one run.
 */
record CommandEnvironment(MessageBundle messages, StoreSessions stores, Supplier<Path> defaultDataFolder,
                          PrintWriter out, PrintWriter err, boolean terminal, Supplier<AnalysisSettings> analysis) {

    /** The folder given with --db, else the one the app uses. */
    Path dataFolder(Optional<Path> explicit) {
        return explicit.isPresent() ? DataFolder.resolve(explicit) : defaultDataFolder.get();
    }
}
