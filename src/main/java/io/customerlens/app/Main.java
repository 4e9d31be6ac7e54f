package io.customerlens.app;

import io.customerlens.cli.Cli;
import io.customerlens.cli.PageBench;
import io.customerlens.cli.StoreSession;
import io.customerlens.cli.StoreSessions;
import io.customerlens.cli.StoreUnavailableException;
import io.customerlens.service.DiskSpace;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PreferencesSettingsStore;
import io.customerlens.settings.Setting;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry point of the jar: no arguments start the desktop app, any arguments run the command line.
 * It must not extend Application (see STACK.md), or {@code java -jar} says the JavaFX runtime is missing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.launch(args);
            return;
        }
        quietLibraryLogging();
        // The command line follows the app's settings: its data folder (unless --db), its language, and its analysis
        // settings as the defaults an option overrides for one run.
        AppSettings settings = new AppSettings(new PreferencesSettingsStore(PreferencesSettingsStore.applicationNode()));
        System.exit(Cli.runInProcess(storeSessions(), pageBench(), settings::dataFolder,
                () -> settings.get(Setting.ANALYSIS),
                settings.uiLocale(Locale.getDefault()), args));
    }

    /**
     * Flyway reports every migration check at INFO (and H2's version at WARN) on stderr, which buries the
     * command's own one-line messages. Library errors still show; -D on the command line still wins.
     */
    private static void quietLibraryLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.flywaydb", "error");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The app's pages without a screen, for {@code bench --refresh}. */
    public static PageBench pageBench() {
        return new ScreenlessPages();
    }

    /** Opens the store the way the app does, through {@link AppContext}. */
    public static StoreSessions storeSessions() {
        return Main::openStore;
    }

    private static StoreSession openStore(Path dataFolder) {
        AppContext context;
        try {
            context = new AppContext(dataFolder);
        } catch (RuntimeException e) {
            // Opening fails with Flyway's or H2's exception (locked, damaged, no room to write); the CLI may not
            // name those types, so a full disk is said as such here.
            Throwable cause = DiskSpace.ofFileSystem().fullBehind(e, dataFolder, 0).<Throwable>map(full -> full)
                    .orElse(e);
            throw new StoreUnavailableException(dataFolder, cause);
        }
        return new StoreSession(context.importService(), context.customerService(), context.lapseService(),
                context.exportService(), context.productService(), context.followUpService(),
                context.customerCardService(), context.printedLists(), context::close);
    }
}
