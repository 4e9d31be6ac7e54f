package io.customerlens.app;

import io.customerlens.demo.DemoWorkbook;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PreferencesSettingsStore;
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

/**
 * The desktop application: reads the settings, opens the store in the data folder, and shows the main
 * window. Started by {@link Main} (a class that does not extend Application, see STACK.md).
 */
public final class CustomerLensApp extends Application {

    /** Lines in the "try it with demo data" workbook: two years of a mid-sized distributor. */
    static final int DEMO_LINES = 30_000;
    static final long DEMO_SEED = 2024;

    private static final System.Logger LOG = System.getLogger(CustomerLensApp.class.getName());

    private AppSettings settings;
    private Path dataFolder;
    private AppContext context;
    private RuntimeException storeFailure;
    private MainWindow window;

    /**
     * Opens the store (and runs its migrations) here, on the launcher thread: database work never runs on
     * the FX thread, and the window appears only once the store is ready.
     */
    @Override
    public void init() {
        settings = new AppSettings(new PreferencesSettingsStore(PreferencesSettingsStore.applicationNode()));
        dataFolder = settings.dataFolder();
        try {
            context = new AppContext(dataFolder);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot open the store in " + dataFolder, e);
            storeFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Locale systemLocale = Locale.getDefault();
        if (storeFailure != null) {
            showStoreUnavailable(settings, Messages.forLocale(settings.uiLocale(systemLocale)), dataFolder, storeFailure);
            Platform.exit();
            return;
        }
        UiServices services = new UiServices(context.importService(), context.customerService(), context.lapseService(),
                context.segmentService(), context.productService(), context.followUpService(),
                context.customerCardService(),
                demoWorkbookWriter(), dataFolder);
        window = new MainWindow(stage, settings, services, FxFilePicker::new, systemLocale);
        window.show();
    }

    private static DemoWorkbookWriter demoWorkbookWriter() {
        return file -> new DemoWorkbook(DEMO_LINES, DEMO_SEED).writeTo(file, ProgressListener.NONE);
    }

    /** Says why the app cannot start and lets the user pick another data folder for the next start. */
    private static void showStoreUnavailable(AppSettings settings, Messages messages, Path dataFolder,
                                             RuntimeException failure) {
        ButtonType openSettings = new ButtonType(messages.get("settings.open"));
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("ui.storeUnavailable.text",
                dataFolder.toString(), FailureReport.describe(failure)), openSettings, ButtonType.CLOSE);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(messages.get("ui.storeUnavailable.header"));
        alert.showAndWait().filter(openSettings::equals).ifPresent(choice ->
                new SettingsDialog(new SettingsViewModel(settings, dataFolder), messages, null).showAndApply());
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
