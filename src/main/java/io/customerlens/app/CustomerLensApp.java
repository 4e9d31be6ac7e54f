package io.customerlens.app;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.domain.StorePassword;
import io.customerlens.domain.SignedIn;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.OsKeyring;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.PreferencesSettingsStore;
import io.customerlens.settings.Setting;
import io.customerlens.store.StoreInUseException;
import io.customerlens.store.StorePasswordException;
import io.customerlens.ui.password.StoreProtection;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.FxFilePicker;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.home.DemoWorkbookWriter;
import io.customerlens.ui.settings.SettingsDialog;
import io.customerlens.ui.settings.SettingsViewModel;
import io.customerlens.ui.shell.MainWindow;
import io.customerlens.ui.shell.UiServices;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The desktop application: reads the settings, opens the store in the data folder, and shows the main
 * window. Started by {@link Main} (a class that does not extend Application, see STACK.md).
 */
public final class CustomerLensApp extends Application {

    /** Lines in the "try it with demo data" workbook: two years of a mid-sized distributor. */
    static final int DEMO_LINES = 30_000;
    static final long DEMO_SEED = 2024;

    private AppSettings settings;
    /** Keeps a team server's password between starts where the computer has a keyring (docs/decisions/0020). */
    private PasswordKeyring keyring;
    /** Who is signed in to the team store; empty for a data folder. */
    private Optional<SignedIn> signedIn = Optional.empty();
    private Path dataFolder;
    private AppLog log;
    private AppContext context;
    /** Another process has the store open: the user chooses between a read-only copy and quitting. */
    private boolean storeInUse;
    private RuntimeException storeFailure;
    /** The data is encrypted: the password is asked before the store is opened (docs/decisions/0015). */
    private boolean passwordNeeded;
    /** The password the store was opened with, in memory only: a change of password is checked against it. */
    private StorePassword password = StorePassword.NONE;
    private MainWindow window;
    /** Whether a dialog about an unexpected failure is showing: a failure repeated on every frame shows one. */
    private boolean failureShowing;

    /**
     * Opens the store (and runs its migrations) here, on the launcher thread: database work never runs on
     * the FX thread, and the window appears only once the store is ready.
     */
    @Override
    public void init() {
        AppLog.quietConsole();
        settings = new AppSettings(new PreferencesSettingsStore(PreferencesSettingsStore.applicationNode()));
        dataFolder = settings.dataFolder();
        log = AppLog.start(dataFolder);
        keyring = OsKeyring.open();
        if (settings.get(Setting.TEAM_SERVER).isEmpty()) {
            openFolderStore();
        }
    }

    /** Opens the data folder's store; off the FX thread. A failure is kept for {@link #startFolder} to say. */
    private void openFolderStore() {
        try {
            context = new AppContext(dataFolder);
        } catch (StoreInUseException e) {
            storeInUse = true;
        } catch (StorePasswordException e) {
            passwordNeeded = true;
        } catch (RuntimeException e) {
            storeFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(settings.uiLocale(Locale.getDefault()), log.logFile());
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> showUnexpected(messages, failure));
        if (settings.get(Setting.TEAM_SERVER).isPresent()) {
            new ServerSignIn(messages, settings, keyring, dataFolder, opened -> {
                context = opened.context();
                signedIn = opened.signedIn();
                showWindow(stage);
            }, () -> openFolderThenStart(stage, messages)).start();
            return;
        }
        startFolder(stage, messages);
    }

    /** The user went back from the team server to the data folder: its store is opened off the FX thread. */
    private void openFolderThenStart(Stage stage, Messages messages) {
        Platform.setImplicitExit(false);
        CompletableFuture.runAsync(this::openFolderStore).whenComplete((done, failure) -> Platform.runLater(() -> {
            Platform.setImplicitExit(true);
            if (failure != null) {
                showStoreUnavailable(settings, messages, dataFolder, failure);
                Platform.exit();
                return;
            }
            startFolder(stage, messages);
        }));
    }

    /** Shows the window over the data folder's store, asking first when it is encrypted or open elsewhere. */
    private void startFolder(Stage stage, Messages messages) {
        if (passwordNeeded) {
            new StoreUnlock(messages, dataFolder, unlocked -> {
                context = unlocked.context();
                password = unlocked.password();
                showWindow(stage);
            }, failure -> {
                showStoreUnavailable(settings, messages, dataFolder, failure);
                Platform.exit();
            }).start();
            return;
        }
        if (storeInUse) {
            if (new StoreInUseDialog(messages).askReadOnly()) {
                openReadOnly(stage, messages);
            } else {
                Platform.exit();
            }
            return;
        }
        if (storeFailure != null) {
            showStoreUnavailable(settings, messages, dataFolder, storeFailure);
            Platform.exit();
            return;
        }
        showWindow(stage);
    }

    private void showWindow(Stage stage) {
        UiServices services = new UiServices(context.importService(), context.customerService(), context.lapseService(),
                context.segmentService(), context.productService(), context.followUpService(),
                context.customerCardService(),
                demoWorkbookWriter(), dataFolder, context.isReadOnly(), log.logFile(), protection(stage), keyring,
                signedIn);
        window = new MainWindow(stage, settings, services, FxFilePicker::new, Locale.getDefault());
        window.show();
    }

    /** The store's password for the settings dialog; none can be set on a read-only copy. */
    private StoreProtection protection(Stage stage) {
        if (signedIn.isPresent()) {
            return StoreProtection.TEAM_STORE;
        }
        if (context.isReadOnly()) {
            return StoreProtection.UNAVAILABLE;
        }
        return new OpenStoreProtection(password, context.isEncrypted(), next -> changePassword(stage, next));
    }

    /**
     * Closes the window and the store, rewrites the store with the new password off the FX thread, and opens both
     * again: with the new password when the change worked, else with the old one (the store is then as before).
     */
    private void changePassword(Stage stage, StorePassword next) {
        Messages messages = Messages.forLocale(settings.uiLocale(Locale.getDefault()), log.logFile());
        StorePassword current = password;
        window.close();
        window = null;
        context.close();
        context = null;
        Label working = new Label(messages.get(next.isNone() ? "password.change.removing" : "password.change.working"));
        stage.getScene().setRoot(new StackPane(working));
        CompletableFuture.supplyAsync(() -> PasswordSwap.run(dataFolder, current, next))
                .whenComplete((swap, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        showStoreUnavailable(settings, messages, dataFolder,
                                failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
                        Platform.exit();
                        return;
                    }
                    context = swap.context();
                    password = swap.password();
                    showWindow(stage);
                    swap.report(messages, stage);
                }));
    }

    /** Copies the store off the FX thread (it may be large), then shows the window over the copy. */
    private void openReadOnly(Stage stage, Messages messages) {
        // No window is open while the copy is taken: JavaFX must not take that for the end of the app.
        Platform.setImplicitExit(false);
        CompletableFuture.supplyAsync(() -> AppContext.readOnlyCopy(dataFolder, StorePassword.NONE))
                .whenComplete((copy, failure) -> Platform.runLater(() -> {
                    Platform.setImplicitExit(true);
                    if (failure != null) {
                        showStoreUnavailable(settings, messages, dataFolder,
                                failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
                        Platform.exit();
                        return;
                    }
                    context = copy;
                    showWindow(stage);
                }));
    }

    private static DemoWorkbookWriter demoWorkbookWriter() {
        return file -> new DemoWorkbook(DEMO_LINES, DEMO_SEED).writeTo(file, ProgressListener.NONE);
    }

    /** Says why the app cannot start and lets the user pick another data folder for the next start. */
    private static void showStoreUnavailable(AppSettings settings, Messages messages, Path dataFolder,
                                             Throwable failure) {
        ButtonType openSettings = new ButtonType(messages.get("settings.open"));
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("ui.storeUnavailable.text",
                dataFolder.toString(), FailureReport.describe(messages, failure)), openSettings, ButtonType.CLOSE);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(messages.get("ui.storeUnavailable.header"));
        alert.showAndWait().filter(openSettings::equals).ifPresent(choice ->
                new SettingsDialog(new SettingsViewModel(settings, dataFolder, StoreProtection.UNAVAILABLE,
                        OsKeyring.open()), messages, null).showAndApply());
    }

    /**
     * A failure nothing else caught (an event handler's, a thread's): logged with its details, and said in one
     * short sentence with the log file's path. The app goes on: the failure ended one action only.
     */
    private void showUnexpected(Messages messages, Throwable failure) {
        String sentence = messages.failures().unexpected(failure);
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> showUnexpectedDialog(messages, sentence));
            return;
        }
        showUnexpectedDialog(messages, sentence);
    }

    private void showUnexpectedDialog(Messages messages, String sentence) {
        if (failureShowing) {
            return;
        }
        failureShowing = true;
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(messages.get("ui.unexpected.header"));
        alert.setOnHidden(event -> failureShowing = false);
        alert.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
