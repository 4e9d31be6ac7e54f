package io.customerlens.ui.followups;

import io.customerlens.report.RiskWords;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.followups.GenerationPlan;
import io.customerlens.analysis.followups.PlannedTask;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.GenerationPreview;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Generate tasks": a preview of what would be created (nothing is stored until {@link #create()}), for a
 * daily capacity the user can change; the preview is made again on each change. Capacity, horizon, lapse window,
 * segments and as-of date are the shared analysis settings, so the plan calls the customers every page shows as
 * lapsed, at risk or key accounts.
 */
public final class GenerationViewModel {

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<List<FollowUpTask>> onCreated;
    private final AnalysisChoices analysis;

    private final IntegerProperty capacity = new SimpleIntegerProperty(this, "capacity", GenerationOptions.DEFAULT_CAPACITY);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ObservableList<PlannedRow> planned = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanBinding canCreate;
    private GenerationPlan plan;

    GenerationViewModel(FollowUpService service, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                        Consumer<List<FollowUpTask>> onCreated) {
        this.service = service;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        this.onCreated = onCreated;
        this.canCreate = Bindings.createBooleanBinding(() -> !busy.get() && !planned.isEmpty(), busy, planned);
        capacity.set(analysis.get().taskCapacity());
        capacity.addListener((observable, before, after) -> {
            int next = Math.max(1, after.intValue());
            if (next != analysis.get().taskCapacity()) {
                analysis.update(shared -> shared.withTaskCapacity(next));
            } else if (showing.get()) {
                preview();
            }
        });
    }

    /** The shared settings changed: shows their capacity and, while a preview is open, plans again. */
    void follow(AnalysisSettings shared) {
        if (capacity.get() != shared.taskCapacity()) {
            capacity.set(shared.taskCapacity()); // its listener plans again
        } else if (showing.get()) {
            preview();
        }
    }

    /** Shows the preview for the current capacity. */
    public void open() {
        showing.set(true);
        preview();
    }

    /** Makes the preview again (after a capacity change, or new data). */
    public void preview() {
        busy.set(true);
        AnalysisSettings shared = analysis.get();
        GenerationOptions options = new GenerationOptions(shared.taskCapacity(), shared.taskHorizonDays(),
                shared.lapseWindow(), GenerationOptions.DEFAULT_MAX_IDLE_MONTHS,
                GenerationOptions.DEFAULT_SECOND_ORDER_DAYS, GenerationOptions.DEFAULT_KEY_ACCOUNT_REVIEW_DAYS,
                GenerationOptions.defaults().channel(), GenerationOptions.defaults().workingDays());
        runner.job(messages.get("followupsView.generate.previewing"), context -> service.preview(options,
                        AnalysisChoices.segmentOptions(shared), shared.asOf()))
                .onSuccess(this::showPreview)
                .onFailure(this::failed)
                .start();
    }

    private void showPreview(GenerationPreview preview) {
        RiskWords words = new RiskWords(messages.bundleTexts());
        busy.set(false);
        plan = preview.plan();
        planned.setAll(plan.tasks().stream()
                .map(task -> new PlannedRow(task, preview.displayName(task.customerKey()),
                        words.chanceWithReasons(preview.riskOf(task.customerKey()), preview.risk().horizonMonths())))
                .toList());
        summary.set(summaryText(plan));
    }

    private String summaryText(GenerationPlan shown) {
        if (shown.asOf() == null) {
            return messages.get("followupsView.generate.noData");
        }
        if (shown.isEmpty()) {
            return messages.format("followupsView.generate.nothing", messages.date(shown.asOf()),
                    shown.alreadyOpen());
        }
        List<PlannedTask> tasks = shown.tasks();
        String first = messages.date(tasks.stream().map(PlannedTask::due).min(Comparator.naturalOrder()).orElseThrow());
        String last = messages.date(tasks.stream().map(PlannedTask::due).max(Comparator.naturalOrder()).orElseThrow());
        return messages.format("followupsView.generate.summary", tasks.size(), first, last,
                messages.date(shown.asOf()), shown.alreadyOpen(), shown.leftForLater());
    }

    /** Stores exactly the previewed tasks, then closes the preview. */
    public void create() {
        if (plan == null || plan.isEmpty()) {
            return;
        }
        GenerationPlan creating = plan;
        busy.set(true);
        runner.job(messages.get("followupsView.generate.creating"), context -> service.create(creating))
                .onSuccess(created -> {
                    close();
                    onCreated.accept(created);
                })
                .onFailure(this::failed)
                .start();
    }

    /** Leaves the preview without creating anything. */
    public void close() {
        busy.set(false);
        showing.set(false);
        plan = null;
        planned.clear();
        summary.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        summary.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure)));
    }

    /** Tasks a day, counting the tasks already due that day. */
    public IntegerProperty capacityProperty() {
        return capacity;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The tasks that would be created, most value at stake first. */
    public ObservableList<PlannedRow> planned() {
        return planned;
    }

    /** How many, over which days, how many customers already have an open task, how many are left for later. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
