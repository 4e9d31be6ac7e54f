package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.Setting;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.CallListWarmUp;
import io.customerlens.ui.common.AppIcon;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.FxTaskRunner;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StatusBarView;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.settings.SettingsDialog;
import io.customerlens.ui.settings.SettingsViewModel;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.function.Function;

/**
 * The application window: builds the main view in the chosen language over the services, and builds
 * it again when the user picks another language (so no restart is needed for that).
 */
public final class MainWindow implements AutoCloseable {

    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 620;

    private final Stage stage;
    private final AppSettings settings;
    private final UiServices services;
    private final Function<Messages, FilePicker> filePickers;
    private final Locale systemLocale;
    private final AppSettings.Subscription languageSubscription;
    private final AppSettings.Subscription figuresSubscription;
    private FxTaskRunner runner;
    /** The analysis settings as this build of the window's pages follow them; closed when the pages are dropped. */
    private AnalysisChoices analysis;
    private MainViewModel viewModel;

    public MainWindow(Stage stage, AppSettings settings, UiServices services, Function<Messages, FilePicker> filePickers,
                      Locale systemLocale) {
        this.stage = stage;
        this.settings = settings;
        this.services = services;
        this.filePickers = filePickers;
        this.systemLocale = systemLocale;
        this.languageSubscription = settings.onChange(Setting.LOCALE, choice -> rebuild());
        this.figuresSubscription = settings.onChange(Setting.FIGURES, style -> rebuild());
    }

    public void show() {
        rebuild();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        addIcon();
        stage.show();
    }

    /** The window's state, so a test can check which page is shown. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    private void rebuild() {
        Page shown = viewModel == null ? Page.HOME : viewModel.selectedPageProperty().get();
        closeRunner();
        closeAnalysis();
        Messages messages = Messages.forLocale(settings.uiLocale(systemLocale), services.logFile())
                .withFigures(settings.get(Setting.FIGURES));
        runner = new FxTaskRunner(messages);
        analysis = new AnalysisChoices(settings, services.customerService().salespersonScope());
        viewModel = new MainViewModel(runner.status());
        StoreChanges storeChanges = new StoreChanges();
        ShellPages pages = new ShellPages(services, analysis, runner, messages, storeChanges, viewModel,
                filePickers.apply(messages));
        StatusBarView statusBar = new StatusBarView(runner.status(), messages);
        if (services.readOnly()) {
            statusBar.showReadOnly(messages.get("ui.readOnly.status"), messages.get("ui.readOnly.tip"));
        }
        services.signedIn().ifPresent(who -> statusBar.showSignedIn(SignedInLine.text(messages, who)));
        MainView view = new MainView(viewModel, messages, pages, statusBar, () -> openSettings(messages));
        SalespersonChooserViewModel salespeople = new SalespersonChooserViewModel(analysis,
                services.customerService().salespersonScope(), runner, messages, storeChanges);
        view.node().setTop(new SalespersonChooser(salespeople, messages).node());
        salespeople.refresh();
        viewModel.show(shown);
        // After the shown page has queued its own figures, so they come first.
        new CallListWarmUp(services.lapseService(), services.customerService(), analysis, runner, messages,
                storeChanges).start();
        stage.setTitle(services.readOnly() ? messages.format("ui.windowTitle.readOnly", messages.get("ui.windowTitle"))
                : messages.get("ui.windowTitle"));
        if (stage.getScene() == null) {
            // Wide enough for the Customers table's figures on common screens, never beyond the screen.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double width = Math.max(MIN_WIDTH, Math.min(1440, screen.getWidth() * 0.94));
            double height = Math.max(MIN_HEIGHT, Math.min(900, screen.getHeight() * 0.92));
            stage.setScene(new Scene(view.node(), width, height));
        } else {
            stage.getScene().setRoot(view.node());
        }
    }

    private void openSettings(Messages messages) {
        SettingsViewModel settingsViewModel = new SettingsViewModel(settings, services.dataFolder(),
                services.protection(), services.keyring());
        new SettingsDialog(settingsViewModel, messages, stage).showAndApply();
    }

    private void addIcon() {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(AppIcon.image(size));
        }
    }

    /** The old pages stop following the settings before new ones are built. */
    private void closeAnalysis() {
        if (analysis != null) {
            analysis.close();
        }
    }

    private void closeRunner() {
        if (runner != null) {
            try {
                runner.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        languageSubscription.unsubscribe();
        figuresSubscription.unsubscribe();
        closeAnalysis();
        closeRunner();
    }
}
