package io.customerlens.ui.backtest;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.risk.RiskBacktestResult;
import io.customerlens.analysis.risk.ValidationCheck;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.charts.ShareLines;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Job;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.ReadOnce;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The Backtest page's state: the cut-off and H chosen, the data's last date that bounds the cut-off, and the last
 * backtest shown (the sentence, why the app uses its ranking, the comparison and validation tables, the lift and
 * reliability series). H starts at the shared lapse window N and follows it; the cut-off starts at the last date
 * minus H and may not be later, since the H months after it must be in the data. A run goes to the one task
 * runner: a newer run replaces one still waiting, and a running one can be cancelled (its answer is then dropped).
 */
public final class BacktestViewModel {

    /** The call list's length K by default: the first page of calls a salesperson makes. */
    public static final int DEFAULT_TOP = 20;
    public static final int MIN_TOP = 5;
    public static final int MAX_TOP = 500;

    private final LapseService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final BacktestTexts texts;

    private final IntegerProperty horizonMonths = new SimpleIntegerProperty(this, "horizonMonths");
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", DEFAULT_TOP);
    private final ObjectProperty<LocalDate> cutoff = new SimpleObjectProperty<>(this, "cutoff");
    private final ReadOnlyObjectWrapper<LocalDate> lastDate = new ReadOnlyObjectWrapper<>(this, "lastDate");
    private final ReadOnlyObjectWrapper<LocalDate> latestCutoff = new ReadOnlyObjectWrapper<>(this, "latestCutoff");
    private final ReadOnlyStringWrapper cutoffProblem = new ReadOnlyStringWrapper(this, "cutoffProblem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final BooleanBinding inputsValid;
    private final BooleanBinding canRun;

    private final ReadOnlyObjectWrapper<RiskBacktestResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(this, "baseline", "");
    private final ReadOnlyStringWrapper rankingText = new ReadOnlyStringWrapper(this, "rankingText", "");
    private final ReadOnlyStringWrapper brierText = new ReadOnlyStringWrapper(this, "brierText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<BacktestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ValidationCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShareLines> lift;
    private final ReadOnlyObjectWrapper<ShareLines> reliability;

    private final ReadOnce<LapseData> store;
    private final AppSettings.Subscription subscription;
    /** The run going on now, to cancel; null when none. */
    private Job<RiskBacktestResult> current;

    public BacktestViewModel(LapseService service, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                             StoreChanges storeChanges) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.texts = new BacktestTexts(messages);
        this.store = new ReadOnce<>(runner, this::failed);
        this.lift = new ReadOnlyObjectWrapper<>(this, "lift", texts.emptyLift());
        this.reliability = new ReadOnlyObjectWrapper<>(this, "reliability", texts.emptyReliability());
        horizonMonths.set(analysis.get().lapseWindow().months());
        horizonMonths.addListener((observable, before, after) -> followHorizon(before.intValue()));
        cutoff.addListener((observable, before, after) -> checkCutoff());
        this.subscription = analysis.subscribe(shared -> horizonMonths.set(shared.lapseWindow().months()));
        inputsValid = Bindings.createBooleanBinding(() -> lastDate.get() != null && cutoff.get() != null
                && cutoffProblem.get().isEmpty(), lastDate, cutoff, cutoffProblem);
        canRun = inputsValid.and(running.not());
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    /** False until the data's last date has been read (the page is then not ready rather than empty). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return store.loadedProperty();
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
        cancel();
    }

    /**
     * Reads the data's last date in the background, puts the cut-off at the last date minus H where it was at the
     * default (or not set), then runs the backtest once so the page opens with an answer.
     */
    public void refresh() {
        store.read(messages.get("backtest.loading"), context -> service.load(Optional.empty()), data -> data,
                this::loaded);
    }

    private void loaded(LapseData data) {
        LocalDate previousDefault = latestCutoff.get();
        lastDate.set(data.asOf());
        latestCutoff.set(latest(horizonMonths.get()));
        if (cutoff.get() == null || Objects.equals(cutoff.get(), previousDefault)) {
            cutoff.set(latestCutoff.get());
        }
        checkCutoff();
        clear();
        if (data.asOf() == null) {
            sentence.set(messages.get("backtest.empty"));
            return;
        }
        run();
    }

    /**
     * Backtests the chosen cut-off, H and K in the background; does nothing while the inputs are not valid. A run
     * still going on is cancelled: only the newest answer is shown.
     */
    public void run() {
        if (!inputsValid.get()) {
            return;
        }
        cancel();
        LocalDate at = cutoff.get();
        int horizon = horizonMonths.get();
        int k = Math.clamp(topK.get(), MIN_TOP, MAX_TOP);
        running.set(true);
        notice.set("");
        Job<RiskBacktestResult> job = runner.job(messages.format("backtest.running", messages.date(at), horizon),
                context -> {
                    RiskBacktestResult answer = service.backtest(at, horizon, k);
                    if (context.isCancelled()) {
                        throw new CancellationException("backtest cancelled");
                    }
                    return answer;
                });
        current = job;
        job.replacing(List.of(this, "run"))
                .cancellable(() -> stopped(job))
                .onSuccess(answer -> {
                    if (stopped(job)) {
                        show(answer);
                    }
                })
                .onFailure(failure -> {
                    if (stopped(job)) {
                        failed(failure);
                    }
                })
                .start();
    }

    /** Stops the run going on: its answer is not shown. */
    public void cancel() {
        Job<RiskBacktestResult> going = current;
        if (going != null) {
            going.cancel();
            stopped(going);
        }
    }

    /** Back to the default cut-off: the last date minus H. */
    public void useLatestCutoff() {
        cutoff.set(latestCutoff.get());
    }

    /** The job ended; true when it is the newest run (an older one's answer is dropped). */
    private boolean stopped(Job<RiskBacktestResult> job) {
        if (current != job) {
            return false;
        }
        current = null;
        running.set(false);
        return true;
    }

    private void failed(Throwable failure) {
        notice.set(messages.format("backtest.failed", FailureReport.describe(messages, failure)));
    }

    private void show(RiskBacktestResult shown) {
        result.set(shown);
        sentence.set(texts.sentence(shown));
        baseline.set(texts.baseline(shown));
        rankingText.set(shown.population() == 0 ? "" : texts.ranking(shown));
        brierText.set(shown.population() == 0 ? "" : texts.brier(shown));
        rows.setAll(shown.population() == 0 ? List.of() : texts.rows(shown));
        checks.setAll(shown.risk().checks());
        lift.set(texts.lift(shown));
        reliability.set(texts.reliability(shown));
    }

    private void clear() {
        result.set(null);
        sentence.set("");
        baseline.set("");
        rankingText.set("");
        brierText.set("");
        rows.clear();
        checks.clear();
        lift.set(texts.emptyLift());
        reliability.set(texts.emptyReliability());
    }

    /** A cut-off at the old default moves with H; one the user chose stays and is checked again. */
    private void followHorizon(int before) {
        LocalDate previousDefault = latestCutoff.get();
        latestCutoff.set(latest(horizonMonths.get()));
        if (previousDefault != null && Objects.equals(cutoff.get(), previousDefault)) {
            cutoff.set(latestCutoff.get());
        }
        checkCutoff();
    }

    private LocalDate latest(int horizon) {
        return lastDate.get() == null ? null : lastDate.get().minusMonths(Math.max(horizon, 1));
    }

    private void checkCutoff() {
        LocalDate at = cutoff.get();
        LocalDate latest = latestCutoff.get();
        if (horizonMonths.get() < LapseWindow.MIN || horizonMonths.get() > LapseWindow.MAX) {
            cutoffProblem.set(messages.format("backtest.horizon.outOfRange", LapseWindow.MIN, LapseWindow.MAX));
        } else if (at != null && latest != null && at.isAfter(latest)) {
            cutoffProblem.set(messages.format("backtest.cutoff.tooLate", messages.date(latest),
                    horizonMonths.get(), messages.date(lastDate.get())));
        } else {
            cutoffProblem.set("");
        }
    }

    public ObjectProperty<LocalDate> cutoffProperty() {
        return cutoff;
    }

    public IntegerProperty horizonMonthsProperty() {
        return horizonMonths;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    /** The latest date of any stored line; null over an empty store. */
    public ReadOnlyObjectProperty<LocalDate> lastDateProperty() {
        return lastDate.getReadOnlyProperty();
    }

    /** The last date minus H: the latest cut-off whose H months after it are all in the data. */
    public ReadOnlyObjectProperty<LocalDate> latestCutoffProperty() {
        return latestCutoff.getReadOnlyProperty();
    }

    /** Why the cut-off or H cannot be run; empty when they can. */
    public ReadOnlyStringProperty cutoffProblemProperty() {
        return cutoffProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Data read, a valid cut-off and H, and no run going on. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ReadOnlyObjectProperty<RiskBacktestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The sentence a salesperson reads: how many of the top K bought nothing, and what recency caught. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** How many customers were scored, how many lapsed, and what a random pick of K would have caught. */
    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** Which ranking the app would have shown at the cut-off, and why. */
    public ReadOnlyStringProperty rankingTextProperty() {
        return rankingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brierTextProperty() {
        return brierText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The rankings side by side, the shown one first. */
    public ObservableList<BacktestRow> rows() {
        return rows;
    }

    /** The earlier cut-offs at which the model was checked against longest silent first, newest first. */
    public ObservableList<ValidationCheck> checks() {
        return checks;
    }

    public ReadOnlyObjectProperty<ShareLines> liftProperty() {
        return lift.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ShareLines> reliabilityProperty() {
        return reliability.getReadOnlyProperty();
    }
}
