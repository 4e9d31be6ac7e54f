package io.customerlens.ui.home;

import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.lapse.LapseHeadline;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.ImportProgress;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.common.WorkContext;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Home: on an empty store, the two ways to start (import a file, load demo data); otherwise what the
 * store holds. Demo data goes through the same import path as any file the user picks.
 */
public final class HomeViewModel {

    static final String DEMO_FILE_NAME = "customerlens-demo.xlsx";

    private final StoreFactsQuery facts;
    private final ImportService importService;
    private final DemoWorkbookWriter demoWriter;
    private final Path demoFolder;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges storeChanges;
    private final Navigator navigator;
    private final AnalysisChoices analysis;
    private final AppSettings.Subscription subscription;
    /** The as-of date and window of the headline read last: only a change of those reads again. */
    private HeadlineChoices readWith;
    /** The headline shown, whose figures open their customers; null before the first read. */
    private LapseHeadline shownHeadline;

    private final ReadOnlyObjectWrapper<HomeState> state = new ReadOnlyObjectWrapper<>(this, "state", HomeState.LOADING);
    private final ReadOnlyStringWrapper customersText = new ReadOnlyStringWrapper(this, "customersText", "");
    private final ReadOnlyStringWrapper linesText = new ReadOnlyStringWrapper(this, "linesText", "");
    private final ReadOnlyStringWrapper dateRangeText = new ReadOnlyStringWrapper(this, "dateRangeText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper lapsedText = new ReadOnlyStringWrapper(this, "lapsedText", "");
    private final ReadOnlyStringWrapper newlyLapsedText = new ReadOnlyStringWrapper(this, "newlyLapsedText", "");
    private final ReadOnlyStringWrapper atRiskText = new ReadOnlyStringWrapper(this, "atRiskText", "");
    private final ReadOnlyStringWrapper wonBackText = new ReadOnlyStringWrapper(this, "wonBackText", "");
    private final ReadOnlyStringWrapper sinceText = new ReadOnlyStringWrapper(this, "sinceText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper headlineTitle = new ReadOnlyStringWrapper(this, "headlineTitle", "");
    private final ReadOnlyStringWrapper headlineTip = new ReadOnlyStringWrapper(this, "headlineTip", "");

    public HomeViewModel(LapseService lapseService, ImportService importService, DemoWorkbookWriter demoWriter,
                         Path demoFolder, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                         StoreChanges storeChanges, Navigator navigator) {
        this.facts = new StoreFactsQuery(lapseService, importService);
        this.importService = importService;
        this.demoWriter = demoWriter;
        this.demoFolder = demoFolder;
        this.runner = runner;
        this.messages = messages;
        this.storeChanges = storeChanges;
        this.navigator = navigator;
        this.analysis = analysis;
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
        noticeUnfinishedImports();
        showWindow(analysis.get().lapseWindow());
        this.subscription = analysis.subscribe(shared -> {
            showWindow(shared.lapseWindow());
            if (!choices(shared).equals(readWith)) {
                refresh();
            }
        });
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    private void showWindow(LapseWindow window) {
        headlineTitle.set(messages.format("home.headline.title", window.months()));
        headlineTip.set(messages.format("home.headline.tip", window.months()));
    }

    private static HeadlineChoices choices(AnalysisSettings shared) {
        return new HeadlineChoices(shared.asOf(), shared.lapseWindow());
    }

    private record HeadlineChoices(Optional<LocalDate> asOf, LapseWindow window) {
    }

    /** An import a killed process left unfinished was taken back out when the store opened: say so on start. */
    private void noticeUnfinishedImports() {
        String text = importService.unfinishedImportsRemoved().stream()
                // Killed before its first batch was written, it took nothing back: "its 0 lines" reads as a fault.
                .map(removed -> messages.format(removed.linesRemoved() == 0 ? "home.unfinishedImportRemoved.none"
                                : "home.unfinishedImportRemoved", removed.fileName(),
                        messages.moment(removed.startedAt()),
                        messages.count(removed.linesRemoved())))
                .collect(Collectors.joining("\n"));
        notice.set(text);
    }

    /** Reads the store's facts in the background; called when Home is first shown and after imports. */
    public void refresh() {
        HeadlineChoices choices = choices(analysis.get());
        readWith = choices;
        runner.job(messages.get("home.loading"), context -> facts.read(choices.asOf(), choices.window()))
                .onSuccess(this::show)
                .onFailure(failure -> notice.set(messages.format("home.loadFailed", FailureReport.describe(messages, failure))))
                .start();
    }

    public void importFile() {
        navigator.show(Page.IMPORT);
    }

    /** Writes the demo workbook to the data folder and imports it like any other file. */
    public void loadDemoData() {
        busy.set(true);
        notice.set("");
        runner.job(messages.get("home.demo.loading"), this::writeAndImportDemo)
                .cancellable(() -> {
                    busy.set(false);
                    notice.set(messages.get("home.demo.cancelled"));
                })
                .onSuccess(summary -> {
                    busy.set(false);
                    notice.set(messages.format("home.demo.loaded", messages.count(summary.imported())));
                    storeChanges.storeChanged();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    notice.set(messages.format("home.demo.failed", FailureReport.describe(messages, failure)));
                })
                .start();
    }

    private ImportSummary writeAndImportDemo(WorkContext context) throws IOException {
        Files.createDirectories(demoFolder);
        Path file = demoFolder.resolve(DEMO_FILE_NAME);
        demoWriter.write(file);
        context.throwIfCancelled();
        FileInspection inspection = importService.inspect(file, ImportOptions.defaults());
        ImportPlan plan = importService.defaultPlan(inspection, ImportOptions.defaults());
        return importService.importFile(plan, new ImportProgress(context, messages), context);
    }

    private void show(StoreFacts storeFacts) {
        if (storeFacts.empty()) {
            state.set(HomeState.EMPTY_STORE);
            return;
        }
        customersText.set(messages.count(storeFacts.customers()));
        linesText.set(messages.count(storeFacts.lines()));
        dateRangeText.set(messages.format("home.facts.dateRange",
                messages.date(storeFacts.firstDate()), messages.date(storeFacts.lastDate())));
        showHeadline(storeFacts.headline());
        state.set(HomeState.FILLED_STORE);
    }

    private void showHeadline(LapseHeadline headline) {
        shownHeadline = headline;
        lapsedText.set(messages.count(headline.lapsed()));
        newlyLapsedText.set(messages.count(headline.newlyLapsed()));
        atRiskText.set(messages.count(headline.atRisk()));
        wonBackText.set(messages.count(headline.wonBack()));
        sinceText.set(messages.format(headline.sincePreviousImport() ? "home.headline.sincePreviousImport"
                : "home.headline.sinceMonthBefore", messages.date(headline.since())));
    }

    /**
     * Opens the customer list filtered to the customers a headline figure counts, named "当前未进货（3 个月）".
     * Nothing happens before the headline is shown.
     */
    public void drill(HeadlineFigure figure) {
        if (shownHeadline != null) {
            navigator.drill(new io.customerlens.domain.CustomerDrill(messages.format("drill.label.headline",
                    messages.get(figure.nameKey()), analysis.get().lapseWindow().months()),
                    figure.customersOf(shownHeadline)));
        }
    }

    /** Opens the Lapse page, where the headline's customers are listed. */
    public void openLapse() {
        navigator.show(Page.LAPSE);
    }

    public ReadOnlyObjectProperty<HomeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customersTextProperty() {
        return customersText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linesTextProperty() {
        return linesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateRangeTextProperty() {
        return dateRangeText.getReadOnlyProperty();
    }

    /** One line about the last action (demo loaded, something failed); empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lapsedTextProperty() {
        return lapsedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newlyLapsedTextProperty() {
        return newlyLapsedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty atRiskTextProperty() {
        return atRiskText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wonBackTextProperty() {
        return wonBackText.getReadOnlyProperty();
    }

    /** Which date "newly lapsed" and "won back" compare with. */
    public ReadOnlyStringProperty sinceTextProperty() {
        return sinceText.getReadOnlyProperty();
    }

    /** "Restocking (lapsed after N months)", N the shared lapse window. */
    public ReadOnlyStringProperty headlineTitleProperty() {
        return headlineTitle.getReadOnlyProperty();
    }

    /** What the headline's figures count, for the shared lapse window. */
    public ReadOnlyStringProperty headlineTipProperty() {
        return headlineTip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
