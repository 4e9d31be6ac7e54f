package io.customerlens.ui.shell;

import io.customerlens.service.SalespersonScope;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shell's "Salesperson: All / 张伟 / 李娜" chooser (docs/decisions/0021). It lists the salespeople of the
 * customers the store holds, is shown only when there are two or more, and a choice is stored in the analysis
 * settings, which narrow the shared snapshot: every page, the card, the exports and the printed lists then show
 * that salesperson's customers only. Pages do not filter themselves.
 */
public final class SalespersonChooserViewModel {

    /** One entry of the chooser. @param salesperson empty = every salesperson */
    public record Choice(Optional<String> salesperson, String label) {
    }

    private final AnalysisChoices choices;
    private final SalespersonScope scope;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<Choice> options = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Choice everyone;
    private boolean showing;
    /** The salesperson whose customers the pages show now. */
    private Optional<String> shownFor;

    public SalespersonChooserViewModel(AnalysisChoices choices, SalespersonScope scope, TaskRunner runner,
                                       Messages messages, StoreChanges storeChanges) {
        this.choices = choices;
        this.scope = scope;
        this.runner = runner;
        this.messages = messages;
        this.everyone = new Choice(Optional.empty(), messages.get("salesperson.all"));
        options.add(everyone);
        chosen.set(everyone);
        chosen.addListener((observable, before, after) -> {
            if (!showing && after != null) {
                choose(after.salesperson());
            }
        });
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
        shownFor = choices.get().salesperson();
        choices.subscribe(settings -> {
            select(settings.salesperson());
            if (!settings.salesperson().equals(shownFor)) {
                shownFor = settings.salesperson();
                // Each page reloads what it shows when the store changes; to it, another salesperson's share of
                // the store is just that, so one signal reloads every page, the card and the side panel.
                storeChanges.storeChanged();
            }
        });
    }

    /** Reads the salespeople the store holds (after an import they may be others). */
    public void refresh() {
        runner.job(messages.get("salesperson.loading"), context -> scope.salespeople())
                .onSuccess(this::show)
                .onFailure(failure -> problem.set(FailureReport.describe(messages, failure)))
                .start();
    }

    private void show(List<String> salespeople) {
        List<Choice> next = new ArrayList<>();
        next.add(everyone);
        // In the reader's order: pinyin for Chinese names in a Chinese window.
        salespeople.stream().sorted(java.text.Collator.getInstance(messages.locale()))
                .forEach(name -> next.add(new Choice(Optional.of(name), name)));
        showing = true;
        try {
            options.setAll(next);
        } finally {
            showing = false;
        }
        visible.set(salespeople.size() > 1);
        Optional<String> stored = choices.get().salesperson();
        if (stored.isPresent() && (!visible.get() || !salespeople.contains(stored.get()))) {
            // A choice of another store (or of one salesperson's own store) would leave every page empty.
            choose(Optional.empty());
        } else {
            select(stored);
        }
    }

    /** Narrows every page to {@code salesperson}'s customers; empty = every salesperson's. */
    public void choose(Optional<String> salesperson) {
        if (!choices.get().salesperson().equals(salesperson)) {
            choices.update(settings -> settings.withSalesperson(salesperson));
        }
        select(salesperson);
    }

    private void select(Optional<String> salesperson) {
        Choice match = options.stream().filter(choice -> choice.salesperson().equals(salesperson)).findFirst()
                .orElse(everyone);
        if (chosen.get() != match) {
            showing = true;
            try {
                chosen.set(match);
            } finally {
                showing = false;
            }
        }
    }

    public ObservableList<Choice> options() {
        return options;
    }

    /** The entry shown; setting it (the combo box) chooses. */
    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    /** Whether the store holds customers of two or more salespeople. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** Why the salespeople could not be read; empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
