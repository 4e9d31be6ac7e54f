package io.customerlens.ui.followups;

import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Who works the Follow-ups page's tasks (issue 17, docs/decisions/0021): the owner filter, and giving the chosen
 * tasks to another owner. Both are shown only where tasks have owners (a team's store); giving is not offered on a
 * salesperson's own login, whose tasks the server lets no one else's be.
 */
public final class TaskOwnership {

    /** One entry of the owner filter. @param owner null = every owner */
    public record OwnerChoice(String owner, String label) {
    }

    private record Targets(boolean allowed, List<String> owners) {
    }

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable filterChanged;
    private final OwnerChoice everyOwner;
    private final ObservableList<OwnerChoice> owners = FXCollections.observableArrayList();
    private final ObjectProperty<OwnerChoice> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> reassignTo = new SimpleObjectProperty<>(this, "reassignTo");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyBooleanWrapper reassignable = new ReadOnlyBooleanWrapper(this, "reassignable", false);

    /** @param filterChanged applies the owner filter to the list again */
    TaskOwnership(FollowUpService service, TaskRunner runner, Messages messages, Runnable filterChanged) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.filterChanged = filterChanged;
        this.everyOwner = new OwnerChoice(null, messages.get("followupsView.owner.all"));
        owners.add(everyOwner);
        filter.set(everyOwner);
        filter.addListener((observable, before, after) -> filterChanged.run());
    }

    /** Reads whom tasks can be given to, and whether this login may give them. */
    void reload() {
        runner.job(messages.get("followupsView.owner.loading"),
                        context -> new Targets(service.canReassign(), service.reassignTargets()))
                .onSuccess(read -> {
                    targets.setAll(read.owners().stream().sorted(java.text.Collator.getInstance(messages.locale()))
                            .toList());
                    if (reassignTo.get() != null && !targets.contains(reassignTo.get())) {
                        reassignTo.set(null);
                    }
                    reassignable.set(read.allowed() && !read.owners().isEmpty());
                })
                .start();
    }

    /** The owners of the listed tasks become the filter's choices; a chosen owner no longer listed is let go. */
    void listed(List<TaskRow> rows) {
        List<OwnerChoice> next = new ArrayList<>();
        next.add(everyOwner);
        rows.stream().map(TaskRow::owner).filter(Objects::nonNull).distinct()
                .sorted(java.text.Collator.getInstance(messages.locale()))
                .forEach(owner -> next.add(new OwnerChoice(owner, owner)));
        String chosen = filter.get() == null ? null : filter.get().owner();
        owners.setAll(next);
        filter.set(next.stream().filter(choice -> Objects.equals(choice.owner(), chosen)).findFirst()
                .orElse(everyOwner));
        shown.set(next.size() > 1);
    }

    /** Whether the row passes the owner filter. */
    boolean accepts(TaskRow row) {
        OwnerChoice chosen = filter.get();
        return chosen == null || chosen.owner() == null || chosen.owner().equals(row.owner());
    }

    /**
     * Gives the tasks to {@link #reassignToProperty()} in one transaction, all or none.
     *
     * @param done    hears the message to show once they were given
     * @param refused hears why nothing changed
     */
    void reassign(List<Long> ids, Consumer<String> done, Consumer<String> refused) {
        String owner = reassignTo.get();
        if (ids.isEmpty() || owner == null) {
            refused.accept(messages.get("followupsView.reassign.nothing"));
            return;
        }
        runner.job(messages.get("followupsView.reassign.running"), context -> service.reassign(ids, owner))
                .onSuccess(given -> {
                    if (given) {
                        done.accept(messages.format("followupsView.reassign.done", ids.size(), owner));
                    } else {
                        refused.accept(messages.get("followupsView.reassign.refused"));
                    }
                })
                .onFailure(failure -> refused.accept(messages.format("followupsView.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    public ObservableList<OwnerChoice> owners() {
        return owners;
    }

    public ObjectProperty<OwnerChoice> filterProperty() {
        return filter;
    }

    /** Whom the chosen tasks can be given to. */
    public ObservableList<String> targets() {
        return targets;
    }

    public ObjectProperty<String> reassignToProperty() {
        return reassignTo;
    }

    /** Whether any listed task has an owner: then the Owner column and filter are shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether "Reassign to…" is offered: a manager's (or the store owner's) store with owners to give to. */
    public ReadOnlyBooleanProperty reassignableProperty() {
        return reassignable.getReadOnlyProperty();
    }
}
