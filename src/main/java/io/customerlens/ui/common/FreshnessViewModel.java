package io.customerlens.ui.common;

import io.customerlens.analysis.DataFreshness;
import io.customerlens.service.followups.FollowUpService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The banner "data as of 2018-07-19, 3,063 days without an update — import new data" over Home, Lapse and
 * Follow-ups, shown while the latest sale date is more than the setting's days before today; and the question
 * asked before tasks are planned from such data. Read again after each change of the store.
 */
public final class FreshnessViewModel {

    private final FollowUpService service;
    private final IntSupplier staleAfterDays;
    private final TaskRunner runner;
    private final Messages messages;
    private final Navigator navigator;

    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private DataFreshness shown;

    /** @param staleAfterDays the setting, asked at each refresh */
    public FreshnessViewModel(FollowUpService service, IntSupplier staleAfterDays, TaskRunner runner, Messages messages,
                              StoreChanges storeChanges, Navigator navigator) {
        this.service = service;
        this.staleAfterDays = staleAfterDays;
        this.runner = runner;
        this.messages = messages;
        this.navigator = navigator;
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    public void refresh() {
        int days = staleAfterDays.getAsInt();
        runner.job(messages.get("freshness.loading"), context -> service.freshness(days))
                .replacing(this)
                .onSuccess(this::show)
                .onFailure(failure -> show(Optional.empty()))
                .start();
    }

    private void show(Optional<DataFreshness> freshness) {
        shown = freshness.filter(DataFreshness::stale).orElse(null);
        stale.set(shown != null);
        text.set(shown == null ? "" : messages.format("freshness.banner", messages.date(shown.latestSale()),
                messages.count(shown.daysOld())));
    }

    /** Opens the import wizard (the banner's button). */
    public void importNow() {
        navigator.show(Page.IMPORT);
    }

    /**
     * The question to ask before planning calls, while the data is stale ("The sales data ends on ..., N days ago.
     * Plan calls from it anyway?"); empty when the data is fresh enough to plan from without asking.
     */
    public Optional<String> questionBeforePlanning() {
        return shown == null ? Optional.empty() : Optional.of(messages.format("freshness.question",
                messages.date(shown.latestSale()), messages.count(shown.daysOld())));
    }

    /** Whether the banner shows: the latest sale date is more than the setting's days before today. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
