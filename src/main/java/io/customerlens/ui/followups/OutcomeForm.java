package io.customerlens.ui.followups;

import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.service.followups.ChainedTask;
import io.customerlens.service.followups.Completion;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Quick outcome entry for the selected task: reached or not, what the customer said, a promised order date,
 * notes, and whether to chain a follow-up on the promised date. Saving marks the task done (and creates the
 * chained task) in one step. Whether the customer was reached must be chosen: a guessed default would
 * falsify the effect figures.
 */
public final class OutcomeForm {

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<Completion> onCompleted;

    private final ReadOnlyObjectWrapper<TaskRow> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ObjectProperty<Boolean> reached = new SimpleObjectProperty<>(this, "reached");
    private final ObjectProperty<OutcomeReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final ObjectProperty<LocalDate> promised = new SimpleObjectProperty<>(this, "promised");
    private final ObjectProperty<LocalDate> contactedOn = new SimpleObjectProperty<>(this, "contactedOn");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty chain = new SimpleBooleanProperty(this, "chain", false);
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving", false);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanBinding editable;
    private final BooleanBinding canSave;
    private final StringBinding hint;

    OutcomeForm(FollowUpService service, TaskRunner runner, Messages messages, Consumer<Completion> onCompleted) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.onCompleted = onCompleted;
        this.editable = Bindings.createBooleanBinding(
                () -> task.get() != null && task.get().task().status().isPending(), task);
        this.canSave = Bindings.createBooleanBinding(() -> editable.get() && !saving.get() && reached.get() != null
                && contactedOn.get() != null && (!chain.get() || promised.get() != null),
                editable, saving, reached, contactedOn, chain, promised);
        this.hint = Bindings.createStringBinding(this::hintText, task, editable, reached, chain, promised, problem);
    }

    private String hintText() {
        if (!problem.get().isEmpty()) {
            return problem.get();
        }
        if (task.get() == null) {
            return messages.get("followupsView.outcome.hint.noTask");
        }
        if (!editable.get()) {
            return messages.get("followupsView.outcome.hint.closed");
        }
        if (reached.get() == null) {
            return messages.get("followupsView.outcome.hint.reached");
        }
        if (chain.get() && promised.get() == null) {
            return messages.get("followupsView.outcome.hint.promised");
        }
        return messages.get("followupsView.outcome.hint.ready");
    }

    /** Starts an empty outcome for {@code row} (null: no task selected), contacted today. */
    void edit(TaskRow row, LocalDate today) {
        task.set(row);
        reached.set(null);
        reason.set(null);
        promised.set(null);
        contactedOn.set(today);
        notes.set("");
        chain.set(false);
        problem.set("");
    }

    /** Marks the task done with the outcome and, if asked, chains a follow-up on the promised date. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        TaskRow row = task.get();
        String text = notes.get() == null || notes.get().isBlank() ? null : notes.get().strip();
        FollowUpOutcome outcome = new FollowUpOutcome(reached.get(), reason.get(), promised.get(), contactedOn.get(), text);
        Optional<ChainedTask> next = chain.get()
                ? Optional.of(new ChainedTask(row.task().channel(), promised.get(), null)) : Optional.empty();
        saving.set(true);
        problem.set("");
        runner.job(messages.get("followupsView.outcome.saving"), context -> service.complete(row.id(), outcome, next))
                .onSuccess(completion -> {
                    saving.set(false);
                    onCompleted.accept(completion);
                })
                .onFailure(failure -> {
                    saving.set(false);
                    problem.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure)));
                })
                .start();
    }

    public ReadOnlyObjectProperty<TaskRow> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** null until the user says whether the customer was reached. */
    public ObjectProperty<Boolean> reachedProperty() {
        return reached;
    }

    public ObjectProperty<OutcomeReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> promisedProperty() {
        return promised;
    }

    /** The day of the contact (today unless changed); the win-back window counts from it. */
    public ObjectProperty<LocalDate> contactedOnProperty() {
        return contactedOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Chain a follow-up (same channel) on the promised date. */
    public BooleanProperty chainProperty() {
        return chain;
    }

    /** The selected task is still open or snoozed, so an outcome can be entered. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** What is still missing before saving, or that Enter saves. */
    public StringBinding hintProperty() {
        return hint;
    }
}
