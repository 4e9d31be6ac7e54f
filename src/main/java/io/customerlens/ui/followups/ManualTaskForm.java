package io.customerlens.ui.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.util.function.Consumer;

/** A task made by hand: which customer (found by name or key), channel, due date, priority and notes. */
public final class ManualTaskForm {

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<FollowUpTask> onCreated;
    private final Consumer<FollowUpTask> onRescheduled;
    private final FollowUpTexts texts;
    /** The chosen customer's open or snoozed task: one open task per customer, so it is offered to move instead. */
    private final ObjectProperty<FollowUpTask> openTask = new SimpleObjectProperty<>(this, "openTask");

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<CustomerChoice> matches;
    private final ObjectProperty<CustomerChoice> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<FollowUpChannel> channel = new SimpleObjectProperty<>(this, "channel", FollowUpChannel.PHONE);
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final IntegerProperty priority = new SimpleIntegerProperty(this, "priority", FollowUpTask.NORMAL);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canCreate;

    /** @param onRescheduled hears the customer's open task moved to the day chosen, instead of a second task */
    ManualTaskForm(FollowUpService service, TaskRunner runner, Messages messages, ObservableList<CustomerChoice> customers,
                   Consumer<FollowUpTask> onCreated, Consumer<FollowUpTask> onRescheduled) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.onCreated = onCreated;
        this.onRescheduled = onRescheduled;
        this.texts = new FollowUpTexts(messages);
        customer.addListener((observable, before, chosen) -> lookForOpenTask(chosen));
        this.matches = new FilteredList<>(customers);
        search.addListener((observable, before, text) -> matches.setPredicate(choice -> choice.matches(text)));
        this.canCreate = Bindings.createBooleanBinding(() -> customer.get() != null && due.get() != null
                && channel.get() != null && openTask.get() == null, customer, due, channel, openTask);
    }

    /** Starts an empty task due {@code today}. */
    public void reset(LocalDate today) {
        search.set("");
        customer.set(null);
        channel.set(FollowUpChannel.PHONE);
        due.set(today);
        priority.set(FollowUpTask.NORMAL);
        notes.set("");
        problem.set("");
    }

    private void lookForOpenTask(CustomerChoice chosen) {
        openTask.set(null);
        problem.set("");
        if (chosen == null) {
            return;
        }
        runner.job(messages.get("followupsView.manual.checking"), context -> service.pendingFor(chosen.key()))
                .onSuccess(pending -> {
                    if (chosen.equals(customer.get()) && !pending.isEmpty()) {
                        FollowUpTask open = pending.getFirst();
                        openTask.set(open);
                        problem.set(messages.format("followupsView.manual.alreadyOpen", chosen.label(),
                                texts.reason(open), messages.date(open.effectiveDue())));
                    }
                })
                .onFailure(failure -> problem.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    /** Moves the customer's open task to the due date chosen, instead of adding a second one. */
    public void rescheduleOpen() {
        FollowUpTask open = openTask.get();
        if (open == null || due.get() == null) {
            return;
        }
        LocalDate day = due.get();
        runner.job(messages.get("followupsView.manual.rescheduling"),
                        context -> service.reschedule(java.util.List.of(open.id()), day).getFirst())
                .onSuccess(onRescheduled)
                .onFailure(failure -> problem.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    /** The chosen customer's open task, offered to move instead of a second one; null when it has none. */
    public ReadOnlyObjectProperty<FollowUpTask> openTaskProperty() {
        return openTask;
    }

    public void create() {
        if (openTask.get() != null) {
            return;
        }
        if (!canCreate.get()) {
            problem.set(messages.get("followupsView.manual.incomplete"));
            return;
        }
        String text = notes.get() == null || notes.get().isBlank() ? null : notes.get().strip();
        ManualTask task = new ManualTask(customer.get().key(), channel.get(), due.get(), priority.get(), text);
        runner.job(messages.get("followupsView.manual.creating"), context -> service.createManual(task))
                .onSuccess(onCreated)
                .onFailure(failure -> problem.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    /** Typed into the customer search: part of a name or key. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Customers whose name or key contains the search text. */
    public ObservableList<CustomerChoice> matches() {
        return matches;
    }

    public ObjectProperty<CustomerChoice> customerProperty() {
        return customer;
    }

    public ObjectProperty<FollowUpChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    /** 1 high, 2 normal, 3 low. */
    public IntegerProperty priorityProperty() {
        return priority;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
