package io.customerlens.app;

import io.customerlens.cli.Cli;
import io.customerlens.cli.PageBench;
import io.customerlens.cli.PasswordRefusedException;
import io.customerlens.domain.StorePassword;
import io.customerlens.cli.StoreSession;
import io.customerlens.cli.StoreSessions;
import io.customerlens.cli.StoreUnavailableException;
import io.customerlens.service.DiskSpace;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PreferencesSettingsStore;
import io.customerlens.settings.Setting;
import io.customerlens.domain.ServerLogin;
import io.customerlens.store.ServerRefusedException;
import io.customerlens.store.StoreInUseException;
import io.customerlens.store.StorePasswordException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry point of the jar: no arguments start the desktop app, any arguments run the command line.
 * It must not extend Application (see STACK.md), or {@code java -jar} says the JavaFX runtime is missing.
 */
public final class Main {

    private Main() {
    }

    private static final String H2_OBJECT_CACHE = "h2.objectCache";

    public static void main(String[] args) {
        // H2 keeps a small cache of recent values to share equal ones; every value of a million-line read passes
        // through it (hashed and compared) and is then dropped, as the snapshot keeps columns, not values. Without
        // it the snapshot's read takes about a tenth less CPU (docs/benchmarks.md). Read once, when H2 first loads.
        if (System.getProperty(H2_OBJECT_CACHE) == null) {
            System.setProperty(H2_OBJECT_CACHE, "false");
        }
        if (args.length == 0) {
            GuiLauncher.launch(args);
            return;
        }
        // The command line follows the app's settings: its data folder (unless --db), its language, and its analysis
        // settings as the defaults an option overrides for one run. Its log is in the app's data folder.
        AppLog.quietConsole();
        AppSettings settings = new AppSettings(new PreferencesSettingsStore(PreferencesSettingsStore.applicationNode()));
        AppLog log = AppLog.start(settings.dataFolder());
        System.exit(Cli.runInProcess(storeSessions(), pageBench(), settings::dataFolder,
                () -> settings.get(Setting.ANALYSIS),
                settings.uiLocale(Locale.getDefault()), log, args));
    }

    /** The app's pages without a screen, for {@code bench --refresh}. */
    public static PageBench pageBench() {
        return new ScreenlessPages();
    }

    /** Opens the store the way the app does, through {@link AppContext}. */
    public static StoreSessions storeSessions() {
        return new StoreSessions() {
            @Override
            public StoreSession open(Path dataFolder, StorePassword password) {
                return openStore(dataFolder, password);
            }

            @Override
            public StoreSession openServer(ServerLogin login) {
                return openServerStore(login);
            }
        };
    }

    private static StoreSession openServerStore(ServerLogin login) {
        AppContext context;
        try {
            context = AppContext.onServer(login);
        } catch (ServerRefusedException e) {
            // Login refused, unreachable, no such database: said in words; the driver's go to the log only.
            throw new StoreUnavailableException(login.url(), e.refusal(), e);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(login.url(), e);
        }
        return session(context);
    }

    private static StoreSession openStore(Path dataFolder, StorePassword password) {
        AppContext context;
        try {
            context = new AppContext(dataFolder, password);
        } catch (StorePasswordException e) {
            throw new PasswordRefusedException(e.problem() == StorePasswordException.Problem.MISSING
                    ? PasswordRefusedException.Reason.MISSING : PasswordRefusedException.Reason.WRONG, dataFolder);
        } catch (StoreInUseException e) {
            throw new StoreUnavailableException(dataFolder, true, e);
        } catch (RuntimeException e) {
            // Opening fails with Flyway's or H2's exception (damaged, no room to write); the CLI may not name those
            // types, so a full disk is said as such here.
            Throwable cause = DiskSpace.ofFileSystem().fullBehind(e, dataFolder, 0).<Throwable>map(full -> full)
                    .orElse(e);
            throw new StoreUnavailableException(dataFolder, false, cause);
        }
        return session(context);
    }

    private static StoreSession session(AppContext context) {
        return new StoreSession(context.importService(), context.customerService(), context.lapseService(),
                context.exportService(), context.productService(), context.followUpService(),
                context.customerCardService(), context.printedLists(), context.teamService(),
                context.syncService(), context::close);
    }
}
