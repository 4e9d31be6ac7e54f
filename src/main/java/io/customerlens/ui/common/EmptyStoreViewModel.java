package io.customerlens.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;

/**
 * Whether the store holds any sales line, for a page that has nothing to show before the first import: it then
 * shows what to do next (import a file, or try the demo data) instead of empty tables and tables of zeros.
 * Checked in the background, again after every import.
 */
public final class EmptyStoreViewModel {

    private final Callable<Boolean> storeIsEmpty;
    private final TaskRunner runner;
    private final Messages messages;
    private final Navigator navigator;
    /** Starts as "not empty", so a store with data never flashes the empty panel while it is checked. */
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);

    public EmptyStoreViewModel(Callable<Boolean> storeIsEmpty, TaskRunner runner, Messages messages,
                               StoreChanges storeChanges, Navigator navigator) {
        this.storeIsEmpty = storeIsEmpty;
        this.runner = runner;
        this.messages = messages;
        this.navigator = navigator;
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    public void refresh() {
        runner.job(messages.get("empty.checking"), context -> storeIsEmpty.call()).onSuccess(empty::set).start();
    }

    /** The Import page, where a file is picked. */
    public void importFile() {
        navigator.show(Page.IMPORT);
    }

    /** Home, whose "try it with demo data" fills the store with a demo distributor. */
    public void tryDemo() {
        navigator.show(Page.HOME);
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
