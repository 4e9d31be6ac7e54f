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

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<CustomerChoice> matches;
    private final ObjectProperty<CustomerChoice> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<FollowUpChannel> channel = new SimpleObjectProperty<>(this, "channel", FollowUpChannel.PHONE);
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final IntegerProperty priority = new SimpleIntegerProperty(this, "priority", FollowUpTask.NORMAL);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canCreate;

    ManualTaskForm(FollowUpService service, TaskRunner runner, Messages messages, ObservableList<CustomerChoice> customers,
                   Consumer<FollowUpTask> onCreated) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.onCreated = onCreated;
        this.matches = new FilteredList<>(customers);
        search.addListener((observable, before, text) -> matches.setPredicate(choice -> choice.matches(text)));
        this.canCreate = Bindings.createBooleanBinding(() -> customer.get() != null && due.get() != null
                && channel.get() != null, customer, due, channel);
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

    public void create() {
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
